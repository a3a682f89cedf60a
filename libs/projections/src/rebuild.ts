// Blue/green rebuild (docs/design.md §5): projects the whole log into a fresh generation schema while
// queries and the live projector keep using the active one, then, in ONE transaction holding the
// generation pointer, catches up to the head, flips the pointer and hands the live projector the
// new generation's checkpoint. The old generation's schema is dropped afterwards.
import { ConflictError } from '@tracker/domain';
import type { AllPosition, EventStore, RecordedEvent } from '@tracker/event-store';
import { formatPosition, START_OF_LOG } from '@tracker/event-store';
import type { DataSource } from 'typeorm';
import { applyPrepared, prepareBatch, projectBatch, writeFailure } from './project-batch';
import type { BatchTarget } from './project-batch';
import type { BatchResult } from './read-model/apply-batch';
import type { ReadModelRows, RowKey } from './read-model/rows';
import { emptyRows } from './read-model/rows';
import { TotalsDelta } from './read-model/section-totals';
import type { VersionStart } from './read-model/versions';
import { versionKey } from './read-model/versions';
import type { CheckpointStore } from './postgres/checkpoint-store';
import { generationSearchPath } from './postgres/checkpoint-store';
import type { ParallelWrite } from './postgres/parallel-writers';
import { openSession, ParallelWriters } from './postgres/parallel-writers';
import { loadRows, rowWrites, saveTotals, streamYearsWrite } from './postgres/row-store';
import { generationDdl, generationIndexDdl, settleDdl } from './postgres/schema';

/** A second rebuild while one runs (here or in another instance) is refused, in the words of the person who asked for it. */
export const REBUILD_RUNNING = '已有一次数据重建正在进行：请等它完成后再试（进度见“数据处理”页面或 projectionStatus）';

export interface RebuildReport {
  readonly previousGeneration: number;
  readonly generation: number;
  readonly events: number;
  readonly checkpoint: string;
  readonly durationMs: number;
}

export interface RebuildContext {
  readonly store: EventStore;
  readonly dataSource: DataSource;
  readonly checkpoints: CheckpointStore;
  /** Events per transaction of the final catch-up, which holds the pointer: the live projector's batch size. */
  readonly batchSize: number;
  /** Events per batch while filling (see ProjectorOptions.rebuildBatchSize). */
  readonly rebuildBatchSize: number;
  /** Connections that write a filling batch's statements side by side (see ProjectorOptions.rebuildWriters). */
  readonly rebuildWriters: number;
  readonly beforeApply?: (event: RecordedEvent, indexInBatch: number) => void | Promise<void>;
  /** Stops the rebuild between two batches (its generation is then dropped). */
  readonly signal?: AbortSignal;
  /** Called as soon as the switch has committed, before the old generation is dropped. */
  readonly onSwitched?: (checkpoint: AllPosition) => void;
}

/** Rebuilds into a new generation and switches to it. */
export async function rebuildGeneration(ctx: RebuildContext): Promise<RebuildReport> {
  const { store, dataSource, checkpoints } = ctx;
  const started = Date.now();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.connect();
    if (!(await checkpoints.tryRebuildLock(lock))) throw new ConflictError(REBUILD_RUNNING);
    // We hold the rebuild lock, so no other generation is being filled: those are a crashed rebuild's.
    for (const abandoned of await checkpoints.otherGenerations()) await checkpoints.dropGeneration(abandoned);
    const generation = await checkpoints.nextGeneration();
    await dataSource.transaction(async (m) => {
      for (const statement of generationDdl(generation, { withoutIndexes: true })) await m.query(statement);
      await checkpoints.addRebuilding(m, generation);
    });
    let cursor: AllPosition;
    let events: number;
    let previousGeneration: number;
    try {
      // The section totals of the whole log are a few thousand counters (years × units ×
      // members), so the rebuild keeps them in memory and writes them once, before the switch,
      // instead of upserting them batch after batch.
      const totals = new TotalsDelta();
      const filling: BatchTarget = { checkpoints, generation, state: 'REBUILDING', totals: { mode: 'accumulate', into: totals }, beforeApply: ctx.beforeApply };
      const filled = await fillGeneration(ctx, filling);
      cursor = filled.cursor;
      events = filled.events;
      await dataSource.transaction(async (m) => {
        await m.query(`SELECT set_config('search_path', $1, true)`, [generationSearchPath(generation)]);
        await saveTotals(m, totals, []);
      });
      // The secondary indexes in one sorted build each, now that the rows are in, then statistics.
      await sideBySide(ctx, generation, [generationIndexDdl(generation), settleDdl(generation)]);
      ctx.signal?.throwIfAborted();
      // The final catch-up writes its totals with each batch, on top of those just written.
      const catchingUp: BatchTarget = { ...filling, totals: { mode: 'write' } };
      previousGeneration = await dataSource.transaction(async (m) => {
        // Final catch-up inside the switch: the live projector cannot commit meanwhile (it needs the pointer).
        const previous = await checkpoints.lockPointer(m);
        await m.query(`SELECT set_config('search_path', $1, true)`, [generationSearchPath(generation)]);
        for (;;) {
          const page = await store.readAll({ after: cursor, limit: ctx.batchSize });
          if (page.events.length === 0) break;
          cursor = await projectBatch(m, catchingUp, cursor, page.events);
          events += page.events.length;
        }
        await checkpoints.switchPointer(m, previous, generation);
        return previous;
      });
    } catch (error) {
      await checkpoints.dropGeneration(generation).catch(() => undefined);
      throw error;
    }
    // Switched: from here on a failure must never touch the new generation, which queries read.
    ctx.onSwitched?.(cursor);
    await checkpoints.dropGeneration(previousGeneration);
    return { previousGeneration, generation, events, checkpoint: formatPosition(cursor), durationMs: Date.now() - started };
  } finally {
    if (lock.isReleased === false) {
      await checkpoints.releaseRebuildLock(lock).catch(() => undefined);
      await lock.release();
    }
  }
}

/**
 * Projects the whole log into the generation, batch after batch, and returns the last position
 * and the number of events. Nothing reads the generation before its switch, so a batch's
 * statements commit on their own, spread over the writers, the fresh rows by COPY; the next batch
 * is read, loaded and applied while the previous one is being written (its rows, still on their
 * way, are taken from memory), and its own writes start once those are in. The tables are
 * LOGGED from the start (a SET LOGGED afterwards cost a second pass over each) but commit
 * asynchronously: a crash loses at most the last batches of a generation that is then dropped as
 * abandoned, and the switch's synchronous commit makes all of them durable.
 */
async function fillGeneration(ctx: RebuildContext, filling: BatchTarget): Promise<{ cursor: AllPosition; events: number }> {
  const { store, dataSource, checkpoints } = ctx;
  const searchPath = generationSearchPath(filling.generation);
  const reader = await openSession(dataSource, searchPath);
  let writers: ParallelWriters | undefined;
  let inFlight: { readonly from: AllPosition; readonly last: RecordedEvent; readonly result: BatchResult; readonly written: Promise<void> } | undefined;
  // The batch under way is in once its statements are: only then does the checkpoint move.
  const land = async () => {
    if (inFlight === undefined) return;
    const { from, last, written } = inFlight;
    inFlight = undefined;
    try {
      await written;
    } catch (cause) {
      throw writeFailure(from, cause);
    }
    await checkpoints.advance(reader.runner.manager, filling.generation, last, filling.state);
  };
  try {
    writers = await ParallelWriters.open(dataSource, searchPath, ctx.rebuildWriters);
    let cursor: AllPosition = START_OF_LOG;
    let events = 0;
    // The next page is read while the current one is applied, so Node and Postgres overlap.
    let nextPage = store.readAll({ after: cursor, limit: ctx.rebuildBatchSize });
    for (;;) {
      const page = await nextPage;
      const last = page.events[page.events.length - 1];
      if (last === undefined) break;
      ctx.signal?.throwIfAborted();
      nextPage = store.readAll({ after: page.next, limit: ctx.rebuildBatchSize });
      nextPage.catch(() => undefined); // awaited next turn; never an unhandled rejection meanwhile
      const from = cursor;
      const prepared = prepareBatch(from, page.events);
      const rowsBefore = emptyRows();
      const versionsBefore = new Map<string, VersionStart>();
      if (inFlight !== undefined) takeWritten(inFlight.result, prepared.keys, rowsBefore, versionsBefore);
      // The other rows are in their tables: the batches before the one under way have landed.
      await loadRows(reader.runner.manager, prepared.keys.filter((key) => key.creates !== true), rowsBefore, versionsBefore);
      const result = await applyPrepared(filling, from, page.events, prepared, rowsBefore, versionsBefore);
      const writes: ParallelWrite[] = rowWrites(result.rows, result.touched, (table, id) => rowsBefore[table].has(id), result.versions, result.closed, { copy: true });
      if (result.streamYears.length > 0) writes.push({ kind: 'any', ...streamYearsWrite(result.streamYears) });
      // An upsert of a row the batch under way creates needs that row in its table first.
      await land();
      const written = writers.run(writes);
      written.catch(() => undefined); // awaited by land(); never an unhandled rejection meanwhile
      inFlight = { from, last, result, written };
      cursor = last.position;
      events += page.events.length;
    }
    await land();
    return { cursor, events };
  } finally {
    await writers?.close();
    await reader.close();
  }
}

/** The rows among `keys` that the batch under way wrote, with when their versions began: not in their tables yet. */
function takeWritten(written: BatchResult, keys: readonly RowKey[], rows: ReadModelRows, versions: Map<string, VersionStart>): void {
  for (const { table, id, creates } of keys) {
    if (creates === true) continue;
    const key = versionKey(table, id);
    const began = written.versions.get(key);
    const row = written.rows[table].get(id);
    if (began === undefined || row === undefined) continue;
    (rows[table] as Map<string, typeof row>).set(id, row);
    versions.set(key, began);
  }
}

/** Runs each phase's statements (independent of one another) over the writers, one phase after the other. */
async function sideBySide(ctx: RebuildContext, generation: number, phases: readonly (readonly string[])[]): Promise<void> {
  const writers = await ParallelWriters.open(ctx.dataSource, generationSearchPath(generation), ctx.rebuildWriters);
  try {
    for (const phase of phases) await writers.run(phase.map((sql) => ({ kind: 'any', sql, params: [] })));
  } finally {
    await writers.close();
  }
}
