// 社区责任 section queries. `section` reads SQL aggregates from the ACTIVE read-model generation;
// `sectionAsOf` folds the raw events recorded up to an instant in memory with the very same row
// semantics (applyEvent + totalsFromRows).
import type { EventStore } from '@tracker/event-store';
import { START_OF_LOG } from '@tracker/event-store';
import type { DataSource, EntityManager } from 'typeorm';
import { applyEvent } from './read-model/apply-event';
import { recordedAtOf, toDomainEvent } from './read-model/recorded-event';
import type { ReadModelRows } from './read-model/rows';
import { emptyRows } from './read-model/rows';
import type { CommunityResponsibilitySection } from './read-model/section.types';
import { totalsFromRows } from './read-model/totals';
import { generationSchema, PROJECTION_NAME } from './postgres/schema';
import { sectionFromSql } from './postgres/section-sql';

export interface CommunityResponsibilityQueriesOptions {
  readonly dataSource: DataSource;
  /** Needed only for `sectionAsOf`. */
  readonly store?: EventStore;
  readonly name?: string;
  /** Page size when reading the log for `sectionAsOf` (default 1000). */
  readonly readPageSize?: number;
}

// The generation read may be dropped by a rebuild between reading the pointer and reading the
// tables; the query then fails with undefined_table / invalid_schema_name and is retried.
const GENERATION_GONE = new Set(['42P01', '3F000']);
const isGenerationGone = (error: unknown): boolean => {
  const e = error as { code?: unknown; driverError?: { code?: unknown } };
  const code = e?.driverError?.code ?? e?.code;
  return typeof code === 'string' && GENERATION_GONE.has(code);
};

export class CommunityResponsibilityQueries {
  private readonly name: string;

  constructor(private readonly options: CommunityResponsibilityQueriesOptions) {
    this.name = options.name ?? PROJECTION_NAME;
  }

  /**
   * Totals for `year`. `orgUnitIds` limits them to those units and their descendants: a record
   * counts when its own unit (organizer, union, branch, booth host) is in scope; a union donation
   * counts when its union OR its campaign's organizer is in scope.
   */
  async section(year: number, orgUnitIds?: readonly string[]): Promise<CommunityResponsibilitySection> {
    checkYear(year);
    for (let attempt = 1; ; attempt += 1) {
      try {
        // The section is ONE statement (one snapshot) over the generation the pointer names.
        const generation = await this.activeGeneration(this.options.dataSource.manager);
        return await sectionFromSql(this.options.dataSource.manager, generationSchema(generation), year, orgUnitIds);
      } catch (error) {
        if (attempt < 5 && isGenerationGone(error)) continue;
        throw error;
      }
    }
  }

  private async activeGeneration(manager: EntityManager): Promise<number> {
    const [pointer] = (await manager.query(`SELECT generation FROM public.projection_active_generation WHERE name = $1`, [this.name])) as { generation: number }[];
    if (!pointer) throw new Error(`projection ${this.name} has no active generation: run the read-model migrations`);
    return pointer.generation;
  }

  /**
   * The totals as they stood at instant `asOf`: every event whose metadata.recordedAt ≤ asOf is
   * folded in log order (all years: a correction may move a record between years).
   */
  async sectionAsOf(year: number, orgUnitIds: readonly string[] | undefined, asOf: Date): Promise<CommunityResponsibilitySection> {
    checkYear(year);
    const rows = await this.rowsAsOf(asOf);
    return totalsFromRows(rows, year, orgUnitIds);
  }

  /** The in-memory read model as of `asOf` (all rows). */
  async rowsAsOf(asOf: Date): Promise<ReadModelRows> {
    const store = this.options.store;
    if (!store) throw new Error('sectionAsOf needs the event store: pass `store` to CommunityResponsibilityQueries');
    const limit = this.options.readPageSize ?? 1000;
    const until = asOf.getTime();
    if (Number.isNaN(until)) throw new RangeError('asOf is not a valid instant');
    const rows = emptyRows();
    let after = START_OF_LOG;
    for (;;) {
      const page = await store.readAll({ after, limit });
      if (page.events.length === 0) return rows;
      for (const event of page.events) {
        if (recordedAtOf(event) > until) continue;
        const domain = toDomainEvent(event);
        if (domain) applyEvent(rows, domain);
      }
      after = page.next;
    }
  }
}

function checkYear(year: number): void {
  if (!Number.isSafeInteger(year) || year < 2000 || year > 2100) throw new RangeError(`year must be an integer between 2000 and 2100, got ${year}`);
}
