// The projector (DESIGN §5): follows the event log from its checkpoint and, for each batch,
// applies the read-model changes AND advances the checkpoint in ONE Postgres transaction, so a
// crash never double-counts and never skips. A handler that throws rolls the batch back, marks the
// projection FAILED with the error and stops it: the event is never skipped.
import type { AllPosition, EventStore, RecordedEvent, Subscription } from '@tracker/event-store';
import { comparePositions, formatPosition, parsePosition, START_OF_LOG } from '@tracker/event-store';
import type { DataSource, EntityManager } from 'typeorm';
import { applyEvent, ReadModelIntegrityError, rowKeysFor } from './read-model/apply-event';
import { toDomainEvent } from './read-model/recorded-event';
import type { ReadModelRows, RowKey } from './read-model/rows';
import { emptyRows, TABLE_NAMES } from './read-model/rows';
import { TotalsDelta, yearsOf } from './read-model/section-totals';
import { loadRows, saveRows, saveTotals } from './postgres/row-store';
import { generationDdl, generationSchema, loggedDdl, PROJECTION_NAME } from './postgres/schema';

export type ProjectionState = 'RUNNING' | 'FAILED' | 'REBUILDING' | 'STOPPED';

export interface ProjectionStatus {
  readonly name: string;
  /** The generation queries read from. */
  readonly generation: number;
  /** The active generation's checkpoint, as "transactionId:globalPosition". */
  readonly checkpoint: string;
  /** Global position of the newest visible event. */
  readonly headPosition: string;
  /**
   * headPosition minus the checkpoint's global position (never negative): a position difference,
   * which equals the number of events behind when positions have no gaps. 0 means caught up.
   */
  readonly lag: number;
  readonly state: ProjectionState;
  readonly lastError: string | null;
  /** Present while a rebuild fills a new generation. */
  readonly rebuilding?: { readonly generation: number; readonly checkpoint: string; readonly state: ProjectionState };
}

export interface RebuildReport {
  readonly previousGeneration: number;
  readonly generation: number;
  readonly events: number;
  readonly checkpoint: string;
  readonly durationMs: number;
}

export interface ProjectorOptions {
  readonly store: EventStore;
  /** An initialized read-model DataSource (migrations applied). */
  readonly dataSource: DataSource;
  /** Events per batch transaction of the live projector (default 200). */
  readonly batchSize?: number;
  /**
   * Events per batch transaction of `rebuild()` (default 5000). Bigger batches amortize each
   * transaction's round trips and commit; a rebuild batch's rows never serve queries until the
   * switch, so they need not be small.
   */
  readonly rebuildBatchSize?: number;
  /** How often `waitUntilPast` re-reads the checkpoint row, and the base of the retry back-off (default 100 ms). */
  readonly pollIntervalMs?: number;
  /** While this process's live loop runs, how often `waitUntilPast` still re-reads the checkpoint row (default 500 ms). */
  readonly rowRecheckMs?: number;
  readonly name?: string;
  /**
   * Test hook, called inside the batch transaction before each event is applied. Throwing acts as
   * a failing handler; awaiting slows the batch down (rebuild-under-query, crash-mid-batch tests).
   */
  readonly beforeApply?: (event: RecordedEvent, indexInBatch: number) => void | Promise<void>;
  /** Transient failures (connection lost…) are retried; this hears about them (default: silent). */
  readonly onTransientError?: (error: unknown) => void;
}

/** A handler threw (or the batch's rows broke a constraint): the projection stops, FAILED. */
export class ProjectionHandlerError extends Error {
  override readonly name = 'ProjectionHandlerError';
  constructor(
    /** The event whose handler threw; undefined when the batch failed as a whole while being written. */
    readonly event: RecordedEvent | undefined,
    readonly batchStart: AllPosition,
    override readonly cause: unknown,
  ) {
    const where = event
      ? `event ${event.type} at ${formatPosition(event.position)} (stream ${event.streamId}, id ${event.eventId})`
      : `the batch after ${formatPosition(batchStart)}`;
    super(`${where}: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

/** The checkpoint moved under us (another process, or a rebuild switched generations): re-read it. */
class ResyncNeeded extends Error {}

// SQLSTATE classes that are about the connection or concurrency, not the events: retry.
const TRANSIENT_SQLSTATE_CLASSES = new Set(['08', '40', '53', '57', '58']);

function isTransient(error: unknown): boolean {
  if (error instanceof ProjectionHandlerError || error instanceof ReadModelIntegrityError) return false;
  const e = error as { code?: unknown; driverError?: { code?: unknown }; message?: unknown };
  const code = typeof e?.driverError?.code === 'string' ? e.driverError.code : typeof e?.code === 'string' ? e.code : undefined;
  if (code !== undefined && /^[0-9A-Z]{5}$/.test(code)) return TRANSIENT_SQLSTATE_CLASSES.has(code.slice(0, 2));
  // No SQLSTATE: a socket-level failure (terminated connection, ECONNRESET, pool closed…).
  return true;
}

interface CheckpointRow {
  readonly generation: number;
  readonly position: AllPosition;
  readonly state: ProjectionState;
  readonly lastError: string | null;
}

export class Projector {
  readonly name: string;
  private readonly store: EventStore;
  private readonly dataSource: DataSource;
  private readonly batchSize: number;
  private readonly rebuildBatchSize: number;
  private readonly pollIntervalMs: number;
  private readonly rowRecheckMs: number;
  private running: Promise<void> | undefined;
  private stopping = false;
  private subscription: Subscription | undefined;
  private wakeRetry: (() => void) | undefined;
  private rebuildInProgress = false;
  /** The newest checkpoint of the active generation this process committed. */
  private lastCommitted: AllPosition | undefined;
  private readonly commitListeners = new Set<() => void>();

  constructor(private readonly options: ProjectorOptions) {
    this.name = options.name ?? PROJECTION_NAME;
    this.store = options.store;
    this.dataSource = options.dataSource;
    this.batchSize = options.batchSize ?? 200;
    this.rebuildBatchSize = options.rebuildBatchSize ?? 5000;
    this.pollIntervalMs = options.pollIntervalMs ?? 100;
    this.rowRecheckMs = options.rowRecheckMs ?? 500;
  }

  /** Starts following the log. A FAILED projection is retried from its checkpoint (a restart is the operator's retry). */
  async start(): Promise<void> {
    if (this.running) return;
    this.stopping = false;
    const active = await this.readActive();
    await this.setState(active.generation, 'RUNNING', null);
    this.running = this.run();
  }

  /** Stops after the batch in flight (its transaction commits or rolls back as a whole). */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wakeRetry?.();
    await this.subscription?.stop();
    await this.running;
    const wasRunning = this.running !== undefined;
    this.running = undefined;
    if (!wasRunning) return;
    try {
      const active = await this.readActive();
      if (active.state === 'RUNNING') await this.setState(active.generation, 'STOPPED', null);
    } catch {
      // Best effort: the state column is informational, the checkpoint is what counts.
    }
  }

  /**
   * Resolves once the active checkpoint is at or after `position` (true), or false after
   * `timeoutMs`. While this process runs the live loop, its own commits wake the wait and answer
   * it from memory; the shared checkpoint row, which also covers commits made elsewhere (another
   * instance, another process's rebuild switch), is then read only every `rowRecheckMs`. Reading
   * it at every commit cost each waiting mutation a query per batch.
   */
  async waitUntilPast(position: AllPosition, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    let nextRowRead = this.running ? Date.now() + this.rowRecheckMs : 0;
    for (;;) {
      if (this.lastCommitted && comparePositions(this.lastCommitted, position) >= 0) return true;
      const live = this.running !== undefined;
      if (!live || Date.now() >= nextRowRead || Date.now() >= deadline) {
        const active = await this.readActive();
        if (comparePositions(active.position, position) >= 0) return true;
        nextRowRead = Date.now() + this.rowRecheckMs;
      }
      const remaining = deadline - Date.now();
      if (remaining <= 0) return false;
      await this.nextCommit(Math.min(remaining, live ? Math.max(1, nextRowRead - Date.now()) : this.pollIntervalMs));
    }
  }

  async status(): Promise<ProjectionStatus> {
    const [active, head, rebuilding] = await Promise.all([this.readActive(), this.store.headPosition(), this.readRebuilding()]);
    const lag = head > active.position.globalPosition ? Number(head - active.position.globalPosition) : 0;
    return {
      name: this.name,
      generation: active.generation,
      checkpoint: formatPosition(active.position),
      headPosition: head.toString(),
      lag,
      state: active.state,
      lastError: active.lastError,
      ...(rebuilding ? { rebuilding: { generation: rebuilding.generation, checkpoint: formatPosition(rebuilding.position), state: rebuilding.state } } : {}),
    };
  }

  /**
   * Applies everything visible now and returns the checkpoint (for tests and CLIs; the live loop
   * need not run). With `until`, keeps going until the checkpoint reaches it: an event becomes
   * visible to `$all` readers only once every older transaction of the cluster has ended.
   */
  async catchUp(until?: AllPosition, timeoutMs = 30_000): Promise<AllPosition> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const active = await this.readActive();
      const page = await this.store.readAll({ after: active.position, limit: this.batchSize });
      if (page.events.length === 0) {
        if (until === undefined || comparePositions(active.position, until) >= 0) return active.position;
        if (Date.now() > deadline) throw new Error(`catch-up did not reach ${formatPosition(until)} within ${timeoutMs} ms`);
        await this.nextCommit(this.pollIntervalMs);
        continue;
      }
      try {
        await this.commitLiveBatch(active.generation, active.position, page.events);
      } catch (error) {
        if (error instanceof ResyncNeeded) continue;
        if (!isTransient(error)) await this.markFailed(active.generation, error);
        throw error;
      }
    }
  }

  /**
   * Blue/green rebuild: projects the whole log into a fresh generation schema while queries and
   * the live projector keep using the active one, then, in ONE transaction holding the generation
   * pointer, catches up to the head, flips the pointer and hands the live projector the new
   * generation's checkpoint. The old generation's schema is dropped afterwards.
   */
  async rebuild(): Promise<RebuildReport> {
    if (this.rebuildInProgress) throw new Error(`a rebuild of ${this.name} is already running in this process`);
    this.rebuildInProgress = true;
    const started = Date.now();
    const lock = this.dataSource.createQueryRunner();
    try {
      await lock.connect();
      const [got] = (await lock.query(`SELECT pg_try_advisory_lock(hashtext($1)) AS ok`, [`read-model-rebuild:${this.name}`])) as { ok: boolean }[];
      if (!got?.ok) throw new Error(`a rebuild of ${this.name} is already running in another process`);
      await this.dropAbandonedRebuilds();
      const [next] = (await this.dataSource.query(`SELECT nextval('public.read_model_generation_seq')::int AS generation`)) as { generation: number }[];
      const generation = next?.generation ?? NaN;
      await this.dataSource.transaction(async (m) => {
        for (const statement of generationDdl(generation, { unlogged: true })) await m.query(statement);
        await m.query(`INSERT INTO public.projection_checkpoints (name, generation, position, state) VALUES ($1, $2, '0:0', 'REBUILDING')`, [this.name, generation]);
      });
      try {
        let cursor: AllPosition = START_OF_LOG;
        let events = 0;
        // The section totals of the whole log are a few thousand counters (years × units ×
        // members), so the rebuild keeps them in memory and writes them once, before the switch,
        // instead of upserting them batch after batch.
        const totals = new TotalsDelta();
        // The next page is read while the current one is written, so Node and Postgres overlap.
        let nextPage = this.store.readAll({ after: cursor, limit: this.rebuildBatchSize });
        for (;;) {
          const page = await nextPage;
          if (page.events.length === 0) break;
          nextPage = this.store.readAll({ after: page.next, limit: this.rebuildBatchSize });
          nextPage.catch(() => undefined); // awaited next turn; never an unhandled rejection meanwhile
          const from = cursor;
          cursor = await this.dataSource.transaction(async (m) => {
            // Not durable until the switch below, which commits synchronously: a crash loses
            // at most the last batches of a generation that is then dropped as abandoned.
            await m.query(`SELECT set_config('synchronous_commit', 'off', true), set_config('search_path', $1, true)`, [`"${generationSchema(generation)}", public`]);
            await this.lockCheckpoint(m, generation, from);
            return this.applyAndCheckpoint(m, generation, from, page.events, 'REBUILDING', totals);
          });
          events += page.events.length;
        }
        await this.dataSource.transaction(async (m) => {
          await m.query(`SET LOCAL search_path TO "${generationSchema(generation)}", public`);
          await saveTotals(m, totals, new Map());
        });
        // Filled without WAL; made crash-safe (one pass over each table) before it can go live.
        for (const statement of loggedDdl(generation)) await this.dataSource.query(statement);
        const previousGeneration = await this.dataSource.transaction(async (m) => {
          const [pointer] = (await m.query(`SELECT generation FROM public.projection_active_generation WHERE name = $1 FOR UPDATE`, [this.name])) as {
            generation: number;
          }[];
          if (!pointer) throw new Error(`projection ${this.name} has no active generation: run the read-model migrations`);
          // Final catch-up inside the switch: the live projector cannot commit meanwhile (it needs the pointer).
          await m.query(`SET LOCAL search_path TO "${generationSchema(generation)}", public`);
          for (;;) {
            const page = await this.store.readAll({ after: cursor, limit: this.batchSize });
            if (page.events.length === 0) break;
            cursor = await this.applyAndCheckpoint(m, generation, cursor, page.events, 'REBUILDING');
            events += page.events.length;
          }
          const old = await this.readCheckpoint(m, pointer.generation);
          const state: ProjectionState = old?.state === 'STOPPED' ? 'STOPPED' : 'RUNNING';
          await m.query(`UPDATE public.projection_checkpoints SET state = $3, last_error = NULL, updated_at = now() WHERE name = $1 AND generation = $2`, [
            this.name,
            generation,
            state,
          ]);
          await m.query(`UPDATE public.projection_active_generation SET generation = $2 WHERE name = $1`, [this.name, generation]);
          await m.query(`DELETE FROM public.projection_checkpoints WHERE name = $1 AND generation = $2`, [this.name, pointer.generation]);
          return pointer.generation;
        });
        this.committed(cursor);
        await this.dataSource.query(`DROP SCHEMA IF EXISTS "${generationSchema(previousGeneration)}" CASCADE`);
        return { previousGeneration, generation, events, checkpoint: formatPosition(cursor), durationMs: Date.now() - started };
      } catch (error) {
        await this.dropGeneration(generation).catch(() => undefined);
        throw error;
      }
    } finally {
      this.rebuildInProgress = false;
      if (lock.isReleased === false) {
        await lock.query(`SELECT pg_advisory_unlock(hashtext($1))`, [`read-model-rebuild:${this.name}`]).catch(() => undefined);
        await lock.release();
      }
    }
  }

  // ---- the live loop ----

  private async run(): Promise<void> {
    let failures = 0;
    while (!this.stopping) {
      let active: CheckpointRow;
      try {
        active = await this.readActive();
      } catch (error) {
        failures += 1;
        this.options.onTransientError?.(error);
        await this.retryPause(failures);
        continue;
      }
      const generation = active.generation;
      let expected = active.position;
      let failure: unknown;
      // The store's subscription brings LISTEN/NOTIFY wake-ups and polling; each batch it hands
      // over is valid only if the checkpoint still equals where this subscription started.
      const subscription = this.store.subscribe(
        expected,
        async (events) => {
          expected = await this.commitLiveBatch(generation, expected, events);
          failures = 0;
        },
        { batchSize: this.batchSize, onError: (error) => (failure = error) },
      );
      this.subscription = subscription;
      if (this.stopping) await subscription.stop();
      await subscription.closed;
      this.subscription = undefined;
      if (this.stopping) break;
      if (failure instanceof ResyncNeeded) continue;
      if (!isTransient(failure)) {
        await this.markFailed(generation, failure).catch(() => undefined);
        break;
      }
      failures += 1;
      this.options.onTransientError?.(failure);
      await this.retryPause(failures);
    }
  }

  private async commitLiveBatch(generation: number, from: AllPosition, events: readonly RecordedEvent[]): Promise<AllPosition> {
    const last = await this.dataSource.transaction(async (m) => {
      // Shared lock on the pointer: a rebuild's switch waits for this batch, and this batch for it.
      // The same round trip points the search_path at our generation (applyAndCheckpoint's tables).
      const [pointer] = (await m.query(
        `SELECT generation, set_config('search_path', $2, true) FROM public.projection_active_generation WHERE name = $1 FOR SHARE`,
        [this.name, `"${generationSchema(generation)}", public`],
      )) as { generation: number }[];
      if (pointer?.generation !== generation) throw new ResyncNeeded();
      await this.lockCheckpoint(m, generation, from);
      return this.applyAndCheckpoint(m, generation, from, events, 'RUNNING');
    });
    this.committed(last);
    return last;
  }

  /** Locks the checkpoint row; throws ResyncNeeded unless it still says `from`. */
  private async lockCheckpoint(m: EntityManager, generation: number, from: AllPosition): Promise<void> {
    const [row] = (await m.query(`SELECT position FROM public.projection_checkpoints WHERE name = $1 AND generation = $2 FOR UPDATE`, [
      this.name,
      generation,
    ])) as { position: string }[];
    if (!row || row.position !== formatPosition(from)) throw new ResyncNeeded();
  }

  /** Applies a batch to the generation's rows and moves its checkpoint, inside the caller's transaction (whose search_path names the generation first). */
  private async applyAndCheckpoint(
    m: EntityManager,
    generation: number,
    from: AllPosition,
    events: readonly RecordedEvent[],
    state: ProjectionState,
    /** Given, the batch's change of the section totals is added to it instead of being written (see rebuild). */
    totals?: TotalsDelta,
  ): Promise<AllPosition> {
    const lastEvent = events[events.length - 1];
    if (!lastEvent) return from;
    // Each event with the rows it touches; the row it writes is listed last (see rowKeysFor).
    const domainEvents = events.map((event) => {
      const domain = toDomainEvent(event);
      try {
        const rowKeys = domain ? rowKeysFor(domain) : [];
        for (const key of rowKeys) if (typeof key.id !== 'string') throw new ReadModelIntegrityError(`${event.type} has no ${key.table} id`);
        return { event, domain, rowKeys, written: rowKeys[rowKeys.length - 1] };
      } catch (cause) {
        throw new ProjectionHandlerError(event, from, cause);
      }
    });
    const keys: RowKey[] = domainEvents.flatMap(({ rowKeys }) => rowKeys);
    const rows = emptyRows();
    await loadRows(m, keys.filter((key) => key.creates !== true), rows);
    // The rows as they were before this batch, to take their contribution out of the totals.
    const before = snapshot(rows);
    const touched = new Map<string, RowKey>();
    const streamYears = new Map<string, { year: number; streamId: string }>();
    for (const [index, { event, domain, written }] of domainEvents.entries()) {
      try {
        await this.options.beforeApply?.(event, index);
        if (!domain) continue;
        const prior = written && rows[written.table].get(written.id);
        const key = applyEvent(rows, domain);
        touched.set(`${key.table}:${key.id}`, key);
        // Right after each event: a record corrected twice in one batch was in both years. A
        // year the row was already in is already indexed (its stream never changes).
        const row = rows[key.table].get(key.id);
        if (row !== undefined) {
          const known = prior === undefined ? [] : yearsOf(key.table, prior as never, rows);
          for (const year of yearsOf(key.table, row as never, rows)) {
            if (!known.includes(year)) streamYears.set(`${year}:${event.streamId}`, { year, streamId: event.streamId });
          }
        }
      } catch (cause) {
        throw new ProjectionHandlerError(event, from, cause);
      }
    }
    const delta = totals ?? new TotalsDelta();
    for (const { table, id } of touched.values()) {
      const old = before[table].get(id);
      if (old !== undefined) delta.add(table, old as never, before, -1);
      const now = rows[table].get(id);
      if (now !== undefined) delta.add(table, now as never, rows, 1);
    }
    try {
      await saveRows(m, rows, [...touched.values()], (table, id) => before[table].has(id));
      // A rebuild's totals are written once at its end (see rebuild); the index goes in as it comes.
      await saveTotals(m, totals === undefined ? delta : undefined, streamYears);
    } catch (cause) {
      // A constraint or type violation is the events' fault (a malformed event), not the connection's.
      if (isTransient(cause)) throw cause;
      throw new ProjectionHandlerError(undefined, from, cause);
    }
    await m.query(`UPDATE public.projection_checkpoints SET position = $3, state = $4, last_error = NULL, updated_at = now() WHERE name = $1 AND generation = $2`, [
      this.name,
      generation,
      formatPosition(lastEvent.position),
      state,
    ]);
    return lastEvent.position;
  }

  // ---- checkpoint rows ----

  private async readActive(manager: EntityManager = this.dataSource.manager): Promise<CheckpointRow> {
    const rows = (await manager.query(
      `SELECT c.generation, c.position, c.state, c.last_error
       FROM public.projection_active_generation g
       JOIN public.projection_checkpoints c ON c.name = g.name AND c.generation = g.generation
       WHERE g.name = $1`,
      [this.name],
    )) as { generation: number; position: string; state: ProjectionState; last_error: string | null }[];
    const row = rows[0];
    if (!row) throw new Error(`projection ${this.name} has no checkpoint: run the read-model migrations`);
    return { generation: row.generation, position: parsePosition(row.position), state: row.state, lastError: row.last_error };
  }

  private async readCheckpoint(manager: EntityManager, generation: number): Promise<CheckpointRow | undefined> {
    const [row] = (await manager.query(`SELECT generation, position, state, last_error FROM public.projection_checkpoints WHERE name = $1 AND generation = $2`, [
      this.name,
      generation,
    ])) as { generation: number; position: string; state: ProjectionState; last_error: string | null }[];
    return row && { generation: row.generation, position: parsePosition(row.position), state: row.state, lastError: row.last_error };
  }

  private async readRebuilding(): Promise<CheckpointRow | undefined> {
    const [row] = (await this.dataSource.query(
      `SELECT generation FROM public.projection_checkpoints c WHERE name = $1
         AND generation <> (SELECT generation FROM public.projection_active_generation WHERE name = $1)
       ORDER BY generation DESC LIMIT 1`,
      [this.name],
    )) as { generation: number }[];
    return row ? this.readCheckpoint(this.dataSource.manager, row.generation) : undefined;
  }

  private async setState(generation: number, state: ProjectionState, lastError: string | null): Promise<void> {
    await this.dataSource.query(`UPDATE public.projection_checkpoints SET state = $3, last_error = $4, updated_at = now() WHERE name = $1 AND generation = $2`, [
      this.name,
      generation,
      state,
      lastError,
    ]);
  }

  private async markFailed(generation: number, error: unknown): Promise<void> {
    const message = error instanceof Error ? error.message : String(error);
    await this.setState(generation, 'FAILED', message.slice(0, 2000));
  }

  /** Generations a crashed rebuild left behind (we hold the rebuild lock, so none is in progress). */
  private async dropAbandonedRebuilds(): Promise<void> {
    const rows = (await this.dataSource.query(
      `SELECT generation FROM public.projection_checkpoints WHERE name = $1
         AND generation <> (SELECT generation FROM public.projection_active_generation WHERE name = $1)`,
      [this.name],
    )) as { generation: number }[];
    for (const { generation } of rows) await this.dropGeneration(generation);
  }

  private async dropGeneration(generation: number): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      await m.query(`DELETE FROM public.projection_checkpoints WHERE name = $1 AND generation = $2`, [this.name, generation]);
      await m.query(`DROP SCHEMA IF EXISTS "${generationSchema(generation)}" CASCADE`);
    });
  }

  // ---- in-process notification ----

  private committed(position: AllPosition): void {
    if (!this.lastCommitted || comparePositions(position, this.lastCommitted) > 0) this.lastCommitted = position;
    for (const listener of [...this.commitListeners]) listener();
  }

  private nextCommit(timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.commitListeners.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.commitListeners.add(done);
    });
  }

  private retryPause(failures: number): Promise<void> {
    const ms = Math.min(this.pollIntervalMs * 2 ** Math.min(failures, 10), 5_000);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.wakeRetry = undefined;
        resolve();
      }, ms);
      this.wakeRetry = () => {
        clearTimeout(timer);
        this.wakeRetry = undefined;
        resolve();
      };
    });
  }
}

/** A copy of the row maps (rows are replaced, never mutated, by applyEvent, so sharing them is safe). */
function snapshot(rows: ReadModelRows): ReadModelRows {
  return Object.fromEntries(TABLE_NAMES.map((table) => [table, new Map(rows[table] as Map<string, unknown>)])) as unknown as ReadModelRows;
}
