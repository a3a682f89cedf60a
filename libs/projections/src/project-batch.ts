// One batch of the log projected inside the caller's transaction, for the live projector and a
// rebuild's final catch-up: load the rows it touches, apply it in memory (read-model/apply-batch.ts),
// write rows, the versions they replaced, totals and the stream/year index back, and move the
// checkpoint, all or nothing (docs/design.md §5). A rebuild fills its generation with the same
// steps (prepareBatch, applyPrepared) and its own writers (rebuild.ts).
import type { AllPosition, RecordedEvent } from '@tracker/event-store';
import { formatPosition } from '@tracker/event-store';
import type { EntityManager } from 'typeorm';
import type { BatchEvent, BatchResult } from './read-model/apply-batch';
import { applyBatch, BatchEventError } from './read-model/apply-batch';
import { RECORD_NAMES, ReadModelIntegrityError, rowKeysFor } from './read-model/apply-event';
import { domainEventOf, eventMetaOf } from './read-model/recorded-event';
import { emptyRows } from './read-model/rows';
import type { ReadModelRows, RowKey } from './read-model/rows';
import type { TotalsDelta } from './read-model/section-totals';
import type { CheckpointStore, ProjectionState } from './postgres/checkpoint-store';
import { loadRows, saveRows, saveTotals } from './postgres/row-store';
import type { VersionStart } from './read-model/versions';

/** A handler threw (or the batch's rows broke a constraint): the projection stops, FAILED. */
export class ProjectionHandlerError extends Error {
  override readonly name = 'ProjectionHandlerError';
  constructor(
    /** The event whose handler threw; undefined when the batch failed as a whole while being written. */
    readonly event: RecordedEvent | undefined,
    readonly batchStart: AllPosition,
    override readonly cause: unknown,
  ) {
    // Said to the admin on 数据处理 (and to the log); the cause may be the database's own English.
    const where = event
      ? `位置 ${formatPosition(event.position)} 的事件 ${event.type}（流 ${event.streamId}，事件编号 ${event.eventId}）无法计入统计`
      : `位置 ${formatPosition(batchStart)} 之后的一批事件无法写入统计`;
    super(`${where}：${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

// SQLSTATE classes that are about the connection or concurrency, not the events: retry.
const TRANSIENT_SQLSTATE_CLASSES = new Set(['08', '40', '53', '57', '58']);

/** A failure worth retrying (connection lost, serialization…), as opposed to one the events cause. */
export function isTransient(error: unknown): boolean {
  if (error instanceof ProjectionHandlerError || error instanceof ReadModelIntegrityError) return false;
  const e = error as { code?: unknown; driverError?: { code?: unknown }; message?: unknown };
  const code = typeof e?.driverError?.code === 'string' ? e.driverError.code : typeof e?.code === 'string' ? e.code : undefined;
  if (code !== undefined && /^[0-9A-Z]{5}$/.test(code)) return TRANSIENT_SQLSTATE_CLASSES.has(code.slice(0, 2));
  // No SQLSTATE: a socket-level failure (terminated connection, ECONNRESET, pool closed…).
  return true;
}

/**
 * Where a batch's change of the section totals goes: written with the batch (the live projector),
 * added to a rebuild's whole-log totals, which it writes once before its switch, or nowhere, on a
 * generation that predates the totals (its index too is incomplete; see INCOMPLETE_STREAM_INDEX_YEAR).
 */
export type TotalsTarget = { readonly mode: 'write' } | { readonly mode: 'accumulate'; readonly into: TotalsDelta } | { readonly mode: 'none' };

export interface BatchTarget {
  readonly checkpoints: CheckpointStore;
  readonly generation: number;
  /** The checkpoint's state once the batch is in. */
  readonly state: ProjectionState;
  readonly totals: TotalsTarget;
  /** Test hook (see ProjectorOptions.beforeApply). */
  readonly beforeApply?: (event: RecordedEvent, indexInBatch: number) => void | Promise<void>;
}

/** A batch's domain events with the rows each touches, computed once: loaded by them, applied with them. */
export interface PreparedBatch {
  readonly batch: readonly BatchEvent[];
  /** The stored event of each of `batch`'s, for the error that names a poison event. */
  readonly recordedOf: readonly RecordedEvent[];
  /** The rows the batch reads or writes. */
  readonly keys: readonly RowKey[];
}

/** The read model's view of `events` (those it ignores left out); a malformed one fails as a handler error. */
export function prepareBatch(from: AllPosition, events: readonly RecordedEvent[]): PreparedBatch {
  const batch: BatchEvent[] = [];
  const recordedOf: RecordedEvent[] = [];
  for (const event of events) {
    const domain = domainEventOf(event);
    if (!domain) continue;
    try {
      const rowKeys = rowKeysFor(domain);
      for (const key of rowKeys) if (typeof key.id !== 'string') throw new ReadModelIntegrityError(`${event.type} 事件缺少${RECORD_NAMES[key.table]}编号`);
      batch.push({ streamId: event.streamId, event: domain, meta: eventMetaOf(event), rowKeys });
      recordedOf.push(event);
    } catch (cause) {
      throw new ProjectionHandlerError(event, from, cause);
    }
  }
  return { batch, recordedOf, keys: batch.flatMap(({ rowKeys }) => rowKeys) };
}

/** Applies a prepared batch to the rows loaded for it (in memory, see applyBatch), after the test hook. */
export async function applyPrepared(
  target: Pick<BatchTarget, 'totals' | 'beforeApply'>,
  from: AllPosition,
  events: readonly RecordedEvent[],
  prepared: PreparedBatch,
  rowsBefore: ReadModelRows,
  versionsBefore: ReadonlyMap<string, VersionStart>,
): Promise<BatchResult> {
  for (const [index, event] of events.entries()) {
    try {
      await target.beforeApply?.(event, index);
    } catch (cause) {
      throw new ProjectionHandlerError(event, from, cause);
    }
  }
  try {
    return applyBatch(rowsBefore, prepared.batch, target.totals.mode === 'accumulate' ? target.totals.into : undefined, versionsBefore);
  } catch (error) {
    if (error instanceof BatchEventError) throw new ProjectionHandlerError(prepared.recordedOf[error.index], from, error.cause);
    throw error;
  }
}

/** A failure while writing a batch: a constraint or type violation is the events' fault (a malformed event), not the connection's. */
export function writeFailure(from: AllPosition, cause: unknown): unknown {
  return isTransient(cause) ? cause : new ProjectionHandlerError(undefined, from, cause);
}

/**
 * Applies `events` to the generation's rows and moves its checkpoint from `from` to the last of
 * them, inside the caller's transaction (whose search_path names the generation first, and which
 * holds the checkpoint row's lock). Returns the new checkpoint.
 */
export async function projectBatch(m: EntityManager, target: BatchTarget, from: AllPosition, events: readonly RecordedEvent[]): Promise<AllPosition> {
  const lastEvent = events[events.length - 1];
  if (!lastEvent) return from;
  const prepared = prepareBatch(from, events);
  const rowsBefore = emptyRows();
  const versionsBefore = new Map<string, VersionStart>();
  await loadRows(m, prepared.keys.filter((key) => key.creates !== true), rowsBefore, versionsBefore);
  const result = await applyPrepared(target, from, events, prepared, rowsBefore, versionsBefore);
  try {
    // The rows, the versions they replaced and the totals in the one transaction: `asOf` reads
    // the versions, so they are exactly-once like everything else.
    await saveRows(m, result.rows, result.touched, (table, id) => rowsBefore[table].has(id), result.versions, result.closed);
    // A rebuild's totals are written once at its end (see rebuild.ts); the index goes in as it comes.
    if (target.totals.mode !== 'none') await saveTotals(m, target.totals.mode === 'write' ? result.delta : undefined, result.streamYears);
  } catch (cause) {
    throw writeFailure(from, cause);
  }
  await target.checkpoints.advance(m, target.generation, lastEvent, target.state);
  return lastEvent.position;
}
