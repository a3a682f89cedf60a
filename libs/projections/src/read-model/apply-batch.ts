// One batch of events applied to the rows it touches, in memory and without Postgres: the rows
// after, which rows changed, how the section totals move and which years each stream is in. The
// projector loads `rowsBefore`, calls this and writes the result in the batch's transaction.
import type { DomainEvent } from '@tracker/domain';
import type { EventMeta } from './apply-event';
import { applyEvent } from './apply-event';
import type { ReadModelRows, RowKey } from './rows';
import { copyRows, rowOf } from './rows';
import { TotalsDelta, yearsOf } from './section-totals';
import type { ClosedVersion, VersionStart } from './versions';
import { UNKNOWN_START, versionKey, versionStartedBy } from './versions';

export interface BatchEvent {
  /** The stream the event was read from (the `asOf` index lists streams by year). */
  readonly streamId: string;
  readonly event: DomainEvent;
  /** Its place in the log, when and by whom: the rows keep it for the ledgers. */
  readonly meta: EventMeta;
  /** Its `rowKeysFor`, computed once per batch: the projector loaded `rowsBefore` by them. */
  readonly rowKeys: readonly RowKey[];
}

/** A year a stream's record was in: `asOf` reads the stream when it folds that year. */
export interface StreamYear {
  readonly year: number;
  readonly streamId: string;
}

export interface BatchResult {
  /** Every row of `rowsBefore` as the batch left it, plus the rows it created. */
  readonly rows: ReadModelRows;
  /** The rows the batch wrote, each once. */
  readonly touched: readonly RowKey[];
  /** The batch's change of the section totals (added to the accumulator given, if any). */
  readonly delta: TotalsDelta;
  /** Years the batch's streams entered. */
  readonly streamYears: readonly StreamYear[];
  /** When the current version of each touched row began (keyed by versionKey). */
  readonly versions: ReadonlyMap<string, VersionStart>;
  /** The versions the batch's events replaced, in log order: those of `rowsBefore` and its own. */
  readonly closed: readonly ClosedVersion[];
}

/** Applying the event at `index` threw: a poison event. */
export class BatchEventError extends Error {
  override readonly name = 'BatchEventError';
  constructor(
    readonly index: number,
    override readonly cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

/**
 * Applies `events` in order to a copy of `rowsBefore` (which must hold every existing row their
 * keys name, and `versionsBefore` when each of their versions began). The totals move by each
 * touched row's contribution after the batch minus its contribution before, so a record changed
 * twice in a batch moves once. `into` accumulates the delta instead of a fresh one: a rebuild
 * keeps the whole log's totals in memory.
 */
export function applyBatch(
  rowsBefore: ReadModelRows,
  events: readonly BatchEvent[],
  into: TotalsDelta = new TotalsDelta(),
  versionsBefore: ReadonlyMap<string, VersionStart> = new Map(),
): BatchResult {
  const rows = copyRows(rowsBefore);
  const touched = new Map<string, RowKey>();
  const streamYears = new Map<string, StreamYear>();
  const versions = new Map<string, VersionStart>();
  const closed: ClosedVersion[] = [];
  for (const [index, { streamId, event, meta, rowKeys }] of events.entries()) {
    try {
      const written = rowKeys[rowKeys.length - 1];
      const prior = written && rowOf(rows, written.table, written.id);
      const key = applyEvent(rows, event, meta);
      const id = versionKey(key.table, key.id);
      touched.set(id, key);
      // The row it replaced is a version of the past: from when it began until this event.
      const began = prior === undefined ? undefined : (versions.get(id) ?? versionsBefore.get(id) ?? UNKNOWN_START);
      const started = versionStartedBy(meta, began);
      versions.set(id, started);
      if (prior !== undefined && began !== undefined) closed.push({ entry: prior, began, ended: started });
      // Right after each event: a record corrected twice in one batch was in both years. A year
      // the row was already in is already indexed (its stream never changes).
      const row = rowOf(rows, key.table, key.id);
      if (row === undefined) continue;
      const known = prior === undefined ? [] : yearsOf(prior, rows);
      for (const year of yearsOf(row, rows)) if (!known.includes(year)) streamYears.set(`${year}:${streamId}`, { year, streamId });
    } catch (cause) {
      throw new BatchEventError(index, cause);
    }
  }
  for (const { table, id } of touched.values()) {
    const old = rowOf(rowsBefore, table, id);
    if (old !== undefined) into.add(old, rowsBefore, -1);
    const now = rowOf(rows, table, id);
    if (now !== undefined) into.add(now, rows, 1);
  }
  return { rows, touched: [...touched.values()], delta: into, streamYears: [...streamYears.values()], versions, closed };
}
