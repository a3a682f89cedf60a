// 社区责任 section queries. `section` reads the running totals of the ACTIVE read-model
// generation; `sectionAsOf` reads its row versions valid at an instant and counts them with the
// very same contribution rules (totalsFromRows). Both hand their counters to the one function
// that makes the section.
import type { AllPosition, EventStore, RecordedEvent } from '@tracker/event-store';
import { START_OF_LOG } from '@tracker/event-store';
import type { DataSource, EntityManager } from 'typeorm';
import { applyRecordedEvent } from './read-model/fold';
import { domainEventOf, recordedAtOf } from './read-model/recorded-event';
import type { ReadModelRows, TableName } from './read-model/rows';
import { emptyRows, TABLE_NAMES } from './read-model/rows';
import type { SectionCounters } from './read-model/section';
import type { CommunityResponsibilitySection } from './read-model/section.types';
import type { CountedRows, CountedRowTypes, MutableCountedRows } from './read-model/section-totals';
import { ANY_YEAR, emptyCountedRows } from './read-model/section-totals';
import { sectionFromCounters } from './read-model/section';
import { totalsFromRows } from './read-model/totals';
import { adjustmentsAmong } from './read-model/adjustments';
import { INCOMPLETE_STREAM_INDEX_YEAR, INCOMPLETE_VERSIONS_YEAR } from './postgres/migrations';
import { addRowsByIdValidAt, addYearRowsValidAt } from './postgres/temporal-sql';
import { rowKeysFor } from './read-model/apply-event';
import { activeGeneration, isGenerationGone, readActiveGeneration } from './postgres/active-generation';
import type { LogPoint, RawLogPoint } from './postgres/checkpoint-store';
import { LOG_POINT_COLUMNS, logPointAt, logPointOf } from './postgres/checkpoint-store';
import { generationSchema, PROJECTION_NAME } from './postgres/schema';
import { positionInLog } from './log-point';
import { sectionCountersFromSql } from './postgres/section-sql';
import { nameSuggestionsFromSql } from './postgres/name-suggestions-sql';
import type { NameSuggestions } from './read-model/name-suggestions';

export interface CommunityResponsibilityQueriesOptions {
  readonly dataSource: DataSource;
  /** Needed only for `sectionAsOf`. */
  readonly store?: EventStore;
  readonly name?: string;
  /** Page size when reading the log for `sectionAsOf` (default 1000). */
  readonly readPageSize?: number;
}

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
    const counters = await this.sectionCounters(year, orgUnitIds);
    // A generation from before the running totals has none to read until the upgrade's rebuild
    // switches: the whole log, folded in memory, answers exactly meanwhile (slowly on a large log).
    if (counters === undefined) return totalsFromRows(await this.rowsAsOf(new Date(MAX_INSTANT)), year, orgUnitIds);
    return sectionFromCounters(year, counters);
  }

  private sectionCounters(year: number, orgUnitIds: readonly string[] | undefined): Promise<SectionCounters | undefined> {
    // The section is ONE statement (one snapshot) over the generation the pointer names.
    const manager = this.options.dataSource.manager;
    return readActiveGeneration(manager, this.name, (generation) => sectionCountersFromSql(manager, generationSchema(generation), year, orgUnitIds));
  }

  /**
   * The 街道, sites, exam sites and service items already used by the units in `orgUnitIds` and
   * their descendants (undefined: the whole company), most used first, at most `limit` of each.
   */
  nameSuggestions(orgUnitIds: readonly string[] | undefined, limit: number): Promise<NameSuggestions> {
    if (!Number.isSafeInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${limit}`);
    const manager = this.options.dataSource.manager;
    return readActiveGeneration(manager, this.name, (generation) => nameSuggestionsFromSql(manager, generationSchema(generation), orgUnitIds, limit));
  }

  /**
   * The totals as they stood at instant `asOf`: those of the events whose metadata.recordedAt ≤
   * asOf, as a fold of them in log order would give (the tests keep that fold as the reference).
   * They are read from the temporal read model (read-model/versions.ts): the rows of the year valid
   * at the instant, as of the checkpoint, plus the events past it folded on top, counted through
   * the same contribution function as the live totals. A generation without versions (before the
   * upgrade's rebuild) folds the log instead.
   */
  async sectionAsOf(year: number, orgUnitIds: readonly string[] | undefined, asOf: Date): Promise<CommunityResponsibilitySection> {
    checkYear(year);
    const until = instant(asOf);
    const rows = (await this.rowsOfYearAt(year, until)) ?? (await this.rowsAsOf(asOf));
    return totalsFromRows(rows, year, orgUnitIds);
  }

  /** The rows that can count for `year` as they stood at `until` (their counted fields); undefined when the active generation has no versions. */
  private async rowsOfYearAt(year: number, until: number): Promise<CountedRows | undefined> {
    const store = this.requireStore();
    for (let attempt = 1; ; attempt += 1) {
      try {
        // One snapshot: the rows are exactly those of the events up to the checkpoint read with them.
        return await this.options.dataSource.transaction('REPEATABLE READ', async (m) => {
          const generation = await activeGeneration(m, this.name);
          const schema = generationSchema(generation);
          const { position: checkpoint } = await this.checkpointOf(m, generation);
          const [marked] = (await m.query(`SELECT EXISTS (SELECT 1 FROM "${schema}".stream_years WHERE year IN ($1, $2)) AS incomplete`, [
            INCOMPLETE_STREAM_INDEX_YEAR,
            INCOMPLETE_VERSIONS_YEAR,
          ])) as { incomplete: boolean }[];
          if (marked?.incomplete !== false) return undefined;
          const rows = emptyCountedRows();
          await addYearRowsValidAt(m, schema, until, year, rows);
          // What the projector has not reached yet, folded on top of the whole rows it touches, read
          // as they stood (any year: a correction may move one into this one), which then replace
          // the year's.
          const tail = (await this.eventsAfter(store, checkpoint)).filter((event) => recordedAtOf(event) <= until);
          if (tail.length === 0) return rows;
          const touched = new Map<TableName, string[]>();
          for (const event of tail) {
            const domain = domainEventOf(event);
            if (domain === undefined) continue;
            for (const key of rowKeysFor(domain)) if (key.creates !== true) touched.set(key.table, [...(touched.get(key.table) ?? []), key.id]);
          }
          const whole = emptyRows();
          await addRowsByIdValidAt(m, schema, until, touched, whole);
          for (const event of tail) applyRecordedEvent(whole, event);
          overlay(rows, whole);
          return rows;
        });
      } catch (error) {
        if (attempt < 5 && isGenerationGone(error)) continue;
        throw error;
      }
    }
  }

  /** Every event after `after`, in log order. */
  private async eventsAfter(store: EventStore, after: AllPosition): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    for (let cursor = after; ; ) {
      const page = await store.readAll({ after: cursor, limit: this.options.readPageSize ?? 1000 });
      if (page.events.length === 0) return events;
      events.push(...page.events);
      cursor = page.next;
    }
  }

  /**
   * The section as `section` answers it, with where in the log it stands: the checkpoint of the
   * generation read (its position and the event at it), in the same snapshot as its totals. A
   * published edition pins both: the event outlives a restore, which numbers positions anew.
   */
  async sectionAt(year: number, orgUnitIds?: readonly string[]): Promise<{ section: CommunityResponsibilitySection } & LogPoint> {
    checkYear(year);
    for (let attempt = 1; ; attempt += 1) {
      try {
        const read = await this.options.dataSource.transaction('REPEATABLE READ', async (m) => {
          const generation = await activeGeneration(m, this.name);
          const point = await this.checkpointOf(m, generation);
          const counters = await sectionCountersFromSql(m, generationSchema(generation), year, orgUnitIds);
          return counters === undefined ? undefined : { section: sectionFromCounters(year, counters), ...point };
        });
        if (read) return read;
        // A generation from before the current totals: the whole log folded in memory, as `section` does.
        const { rows, point } = await this.foldLog(new Date(MAX_INSTANT));
        return { section: totalsFromRows(rows, year, orgUnitIds), ...point };
      } catch (error) {
        if (attempt < 5 && isGenerationGone(error)) continue;
        throw error;
      }
    }
  }

  /**
   * The events recorded after `since` (what `sectionAt` answered) that change the section of `year`
   * in scope, oldest first (read-model/adjustments.ts decides which, through the totals' one home).
   * It reads the streams `asOf` reads for the year: an event of a record never in the year cannot
   * change it.
   */
  async adjustments(year: number, orgUnitIds: readonly string[] | undefined, since: LogPoint): Promise<RecordedEvent[]> {
    checkYear(year);
    const after = await this.positionNow(since);
    return adjustmentsAmong(await this.eventsOfYear(year), { year, after, ...(orgUnitIds === undefined ? {} : { orgUnitIds }) });
  }

  /** Where `point` stands in this log (see log-point.ts). */
  positionNow(point: LogPoint): Promise<AllPosition> {
    return positionInLog(this.requireStore(), point);
  }

  /**
   * Every event of the streams that matter for `year`, in log order: those the read model's
   * stream/year index lists, plus every stream written after its checkpoint; the whole log while
   * the index is incomplete (the upgrade's rebuild fixes that).
   */
  private async eventsOfYear(year: number): Promise<readonly RecordedEvent[]> {
    const store = this.requireStore();
    const index = await this.streamsFor(year);
    if (index === undefined) return (await this.foldLog(new Date(MAX_INSTANT))).events;
    const streams = new Set(index.streamIds);
    for (const event of await this.eventsAfter(store, index.checkpoint)) streams.add(event.streamId);
    return store.readStreams([...streams]);
  }

  /** The in-memory read model as of `asOf` (all rows of all years), folded from the whole log. */
  async rowsAsOf(asOf: Date): Promise<ReadModelRows> {
    return (await this.foldLog(asOf)).rows;
  }

  /** The whole log folded up to `asOf`: the rows, the events read and where the last one stands. */
  private async foldLog(asOf: Date): Promise<{ rows: ReadModelRows; events: RecordedEvent[]; point: LogPoint }> {
    const store = this.requireStore();
    const until = instant(asOf);
    const limit = this.options.readPageSize ?? 1000;
    const rows = emptyRows();
    const events: RecordedEvent[] = [];
    for (let after = START_OF_LOG; ; ) {
      const page = await store.readAll({ after, limit });
      if (page.events.length === 0) return { rows, events, point: logPointAt(events.at(-1)) };
      for (const event of page.events) {
        fold(rows, event, until);
        events.push(event);
      }
      after = page.next;
    }
  }

  /** The streams the index lists for `year`, and the checkpoint it is complete up to; undefined when incomplete. */
  private async streamsFor(year: number): Promise<{ streamIds: string[]; checkpoint: AllPosition } | undefined> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        // One snapshot: the index covers exactly the events up to the checkpoint read with it.
        return await this.options.dataSource.transaction('REPEATABLE READ', async (m) => {
          const generation = await activeGeneration(m, this.name);
          const s = `"${generationSchema(generation)}"`;
          const { position: checkpoint } = await this.checkpointOf(m, generation);
          const rows = (await m.query(`SELECT year, stream_id FROM ${s}.stream_years WHERE year IN ($1, $2, $3)`, [
            year,
            ANY_YEAR,
            INCOMPLETE_STREAM_INDEX_YEAR,
          ])) as { year: number; stream_id: string }[];
          if (rows.some((r) => r.year === INCOMPLETE_STREAM_INDEX_YEAR)) return undefined;
          return { streamIds: rows.map((r) => r.stream_id), checkpoint };
        });
      } catch (error) {
        if (attempt < 5 && isGenerationGone(error)) continue;
        throw error;
      }
    }
  }

  private async checkpointOf(manager: EntityManager, generation: number): Promise<LogPoint> {
    const [checkpoint] = (await manager.query(`SELECT ${LOG_POINT_COLUMNS} FROM public.projection_checkpoints WHERE name = $1 AND generation = $2`, [
      this.name,
      generation,
    ])) as RawLogPoint[];
    if (!checkpoint) throw new Error(`projection ${this.name} has no checkpoint for generation ${generation}`);
    return logPointOf(checkpoint);
  }

  private requireStore(): EventStore {
    const store = this.options.store;
    if (!store) throw new Error('sectionAsOf needs the event store: pass `store` to CommunityResponsibilityQueries');
    return store;
  }
}

/** The latest instant a Date holds: everything ever recorded is before it. */
const MAX_INSTANT = 8.64e15;

function instant(asOf: Date): number {
  const until = asOf.getTime();
  if (Number.isNaN(until)) throw new RangeError('asOf is not a valid instant');
  return until;
}

/** Puts every row of `whole` in `rows`, replacing what `rows` held under its id. */
function overlay(rows: MutableCountedRows, whole: ReadModelRows): void {
  for (const table of TABLE_NAMES) overlayTable(rows, whole, table);
}

function overlayTable<T extends TableName>(rows: MutableCountedRows, whole: ReadModelRows, table: T): void {
  const into: Map<string, CountedRowTypes[T]> = rows[table];
  for (const [id, row] of whole[table]) into.set(id, row);
}

/** Applies one stored event to in-memory rows if it was recorded by `until`. */
function fold(rows: ReadModelRows, event: RecordedEvent, until: number): void {
  if (recordedAtOf(event) > until) return;
  applyRecordedEvent(rows, event);
}

function checkYear(year: number): void {
  if (!Number.isSafeInteger(year) || year < 2000 || year > 2100) throw new RangeError(`year must be an integer between 2000 and 2100, got ${year}`);
}
