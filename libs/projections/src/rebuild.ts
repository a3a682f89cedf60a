// Blue/green rebuild (docs/design.md §5): projects the whole log into a fresh generation schema while
// queries and the live projector keep using the active one, then, in ONE transaction holding the
// generation pointer, catches up to the head, flips the pointer and hands the live projector the
// new generation's checkpoint. The old generation's schema is dropped afterwards.
import type { AllPosition, EventStore, RecordedEvent } from '@tracker/event-store';
import { formatPosition, START_OF_LOG } from '@tracker/event-store';
import type { DataSource } from 'typeorm';
import { projectBatch } from './project-batch';
import type { BatchTarget } from './project-batch';
import { TotalsDelta } from './read-model/section-totals';
import type { CheckpointStore } from './postgres/checkpoint-store';
import { generationSearchPath } from './postgres/checkpoint-store';
import { saveTotals } from './postgres/row-store';
import { generationDdl, generationIndexDdl, loggedDdl } from './postgres/schema';

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
  /** Events per transaction while filling (see ProjectorOptions.rebuildBatchSize). */
  readonly rebuildBatchSize: number;
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
    if (!(await checkpoints.tryRebuildLock(lock))) throw new Error(`a rebuild of ${checkpoints.name} is already running in another process`);
    // We hold the rebuild lock, so no other generation is being filled: those are a crashed rebuild's.
    for (const abandoned of await checkpoints.otherGenerations()) await checkpoints.dropGeneration(abandoned);
    const generation = await checkpoints.nextGeneration();
    await dataSource.transaction(async (m) => {
      for (const statement of generationDdl(generation, { unlogged: true, withoutIndexes: true })) await m.query(statement);
      await checkpoints.addRebuilding(m, generation);
    });
    let cursor: AllPosition = START_OF_LOG;
    let events = 0;
    let previousGeneration: number;
    try {
      // The section totals of the whole log are a few thousand counters (years × units ×
      // members), so the rebuild keeps them in memory and writes them once, before the switch,
      // instead of upserting them batch after batch.
      const totals = new TotalsDelta();
      const filling: BatchTarget = { checkpoints, generation, state: 'REBUILDING', totals: { mode: 'accumulate', into: totals }, beforeApply: ctx.beforeApply };
      // The next page is read while the current one is written, so Node and Postgres overlap.
      let nextPage = store.readAll({ after: cursor, limit: ctx.rebuildBatchSize });
      for (;;) {
        const page = await nextPage;
        if (page.events.length === 0) break;
        ctx.signal?.throwIfAborted();
        nextPage = store.readAll({ after: page.next, limit: ctx.rebuildBatchSize });
        nextPage.catch(() => undefined); // awaited next turn; never an unhandled rejection meanwhile
        const from = cursor;
        cursor = await dataSource.transaction(async (m) => {
          // Not durable until the switch below, which commits synchronously: a crash loses
          // at most the last batches of a generation that is then dropped as abandoned.
          await m.query(`SELECT set_config('synchronous_commit', 'off', true), set_config('search_path', $1, true)`, [generationSearchPath(generation)]);
          await checkpoints.lock(m, generation, from);
          return projectBatch(m, filling, from, page.events);
        });
        events += page.events.length;
      }
      await dataSource.transaction(async (m) => {
        await m.query(`SELECT set_config('search_path', $1, true)`, [generationSearchPath(generation)]);
        await saveTotals(m, totals, []);
      });
      // The secondary indexes in one sorted build each, now that the rows are in.
      for (const statement of generationIndexDdl(generation)) await dataSource.query(statement);
      // Filled without WAL; made crash-safe (one pass over each table) before it can go live.
      for (const statement of loggedDdl(generation)) await dataSource.query(statement);
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
