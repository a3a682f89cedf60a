// The projector (docs/design.md §5): follows the event log from its checkpoint and, for each batch,
// applies the read-model changes AND advances the checkpoint in ONE Postgres transaction, so a
// crash never double-counts and never skips. A handler that throws rolls the batch back, marks the
// projection FAILED with the error and stops it: the event is never skipped.
import { ConflictError } from '@tracker/domain';
import type { AllPosition, EventStore, RecordedEvent, Subscription } from '@tracker/event-store';
import { comparePositions, formatPosition, START_OF_LOG } from '@tracker/event-store';
import type { DataSource } from 'typeorm';
import { positionInLog } from './log-point';
import { isTransient, projectBatch } from './project-batch';
import type { TotalsTarget } from './project-batch';
import { REBUILD_RUNNING, rebuildGeneration } from './rebuild';
import type { RebuildReport } from './rebuild';
import type { CheckpointRow, ProjectionState } from './postgres/checkpoint-store';
import { CheckpointStore, ResyncNeeded } from './postgres/checkpoint-store';
import { PROJECTION_NAME } from './postgres/schema';

export { ProjectionHandlerError } from './project-batch';
export type { ProjectionState } from './postgres/checkpoint-store';
export type { RebuildReport } from './rebuild';

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
  readonly rebuilding?: {
    readonly generation: number;
    readonly checkpoint: string;
    readonly state: ProjectionState;
    /** How far the new generation still is from the head, as `lag` is for the active one: it falls to 0 before the switch. */
    readonly lag: number;
  };
}

export interface ProjectorOptions {
  readonly store: EventStore;
  /** An initialized read-model DataSource (migrations applied). */
  readonly dataSource: DataSource;
  /** Events per batch transaction of the live projector (default 200). */
  readonly batchSize?: number;
  /**
   * Events per batch of `rebuild()` (default 2000). A rebuild holds two batches at once (one being
   * written, the next being applied): at 5000 its peak RSS over 1M events was 353 MB, at 2000
   * 294 MB; the rate was the same within the noise of a shared machine (2,000–20,000 events gave
   * 18–21.5k ev/s in the last quiet measurement, BENCHMARKS.md).
   */
  readonly rebuildBatchSize?: number;
  /**
   * Connections of the read model's pool that write a rebuild's batches side by side (default 2).
   * A rebuild holds these, one that reads rows and one for its lock: the pool needs room for them.
   */
  readonly rebuildWriters?: number;
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
  /**
   * A start that finds the active generation at the start of a log holding more events than this
   * fills the read model by a blue/green rebuild instead of the live loop (default 10,000): the
   * first start after a restore, or on a new read-model database.
   */
  readonly fillByRebuildAbove?: number;
  /** Hear when such a fill begins (again, after a retry) and when it has switched (default: silent). */
  readonly onFillStarted?: () => void;
  readonly onFilled?: (report: RebuildReport) => void;
}

export class Projector {
  readonly name: string;
  private readonly store: EventStore;
  private readonly checkpoints: CheckpointStore;
  private readonly batchSize: number;
  private readonly rebuildBatchSize: number;
  private readonly rebuildWriters: number;
  private readonly pollIntervalMs: number;
  private readonly rowRecheckMs: number;
  private readonly fillByRebuildAbove: number;
  private running: Promise<void> | undefined;
  /** Stops the fill's rebuild while the live loop runs one. */
  private fill: AbortController | undefined;
  private stopping = false;
  private subscription: Subscription | undefined;
  private wakeRetry: (() => void) | undefined;
  private rebuildInProgress = false;
  /** The newest checkpoint of the active generation this process committed. */
  private lastCommitted: AllPosition | undefined;
  private readonly commitListeners = new Set<() => void>();
  private readonly checkpointListeners = new Set<(position: AllPosition) => void>();
  /** Whether each generation seen predates the running totals: a generation never changes that, so it is read once. */
  private readonly predatesTotals = new Map<number, Promise<boolean>>();

  constructor(private readonly options: ProjectorOptions) {
    this.name = options.name ?? PROJECTION_NAME;
    this.store = options.store;
    this.checkpoints = new CheckpointStore(options.dataSource, this.name);
    this.batchSize = options.batchSize ?? 200;
    this.rebuildBatchSize = options.rebuildBatchSize ?? 2000;
    this.rebuildWriters = options.rebuildWriters ?? 2;
    this.pollIntervalMs = options.pollIntervalMs ?? 100;
    this.rowRecheckMs = options.rowRecheckMs ?? 500;
    this.fillByRebuildAbove = options.fillByRebuildAbove ?? 10_000;
  }

  /**
   * Starts following the log. A FAILED projection is retried from its checkpoint (a restart is the
   * operator's retry). An empty read model of a long log is filled by a rebuild first (see `filling`).
   */
  async start(): Promise<void> {
    if (this.running) return;
    this.stopping = false;
    const active = await this.checkpoints.readActive();
    // A log restored or moved under a kept read model numbers positions anew: resume where the
    // checkpoint's event stands now (a log without it is another log, and refused).
    const resumeAt = await positionInLog(this.store, active);
    if (comparePositions(resumeAt, active.position) !== 0) await this.checkpoints.repoint(active.generation, active.position, resumeAt);
    if (comparePositions(active.position, START_OF_LOG) === 0 && (await this.logHoldsMoreThan(this.fillByRebuildAbove))) {
      // Marked like a generation that predates the totals: queries fold the log, the ledgers say
      // they are being rebuilt, and the live loop hands the generation to a rebuild (see `run`).
      await this.checkpoints.markIncomplete(active.generation);
      this.predatesTotals.set(active.generation, Promise.resolve(true));
    }
    await this.checkpoints.setState(active.generation, 'RUNNING', null);
    this.running = this.run();
  }

  /** True while this process fills the read model by a rebuild rather than the live loop. */
  get filling(): boolean {
    return this.fill !== undefined;
  }

  /** Stops after the batch in flight (its transaction commits or rolls back as a whole). */
  async stop(): Promise<void> {
    this.stopping = true;
    this.fill?.abort();
    this.wakeRetry?.();
    await this.subscription?.stop();
    await this.running;
    const wasRunning = this.running !== undefined;
    this.running = undefined;
    if (!wasRunning) return;
    try {
      const active = await this.checkpoints.readActive();
      if (active.state === 'RUNNING') await this.checkpoints.setState(active.generation, 'STOPPED', null);
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
      if (this.fill || !live || Date.now() >= nextRowRead || Date.now() >= deadline) {
        const active = await this.checkpoints.readActive();
        if (comparePositions(active.position, position) >= 0) return true;
        // While a rebuild fills the read model, queries fold the log: what it shows is counted.
        if ((await this.isBeingFilled(active)) && (await this.store.headPosition()) >= position.globalPosition) return true;
        nextRowRead = Date.now() + this.rowRecheckMs;
      }
      const remaining = deadline - Date.now();
      if (remaining <= 0) return false;
      await this.nextCommit(Math.min(remaining, live && !this.fill ? Math.max(1, nextRowRead - Date.now()) : this.pollIntervalMs));
    }
  }

  /**
   * Hears each checkpoint this process commits to the active generation (a batch, or a rebuild's
   * switch): for other processes' read-your-writes waits. Returns the way to stop hearing.
   */
  onCheckpoint(listener: (position: AllPosition) => void): () => void {
    this.checkpointListeners.add(listener);
    return () => this.checkpointListeners.delete(listener);
  }

  async status(): Promise<ProjectionStatus> {
    const [active, head, rebuilding] = await Promise.all([this.checkpoints.readActive(), this.store.headPosition(), this.checkpoints.readRebuilding()]);
    const behind = (position: AllPosition): number => (head > position.globalPosition ? Number(head - position.globalPosition) : 0);
    const lag = behind(active.position);
    return {
      name: this.name,
      generation: active.generation,
      checkpoint: formatPosition(active.position),
      headPosition: head.toString(),
      lag,
      state: active.state,
      lastError: active.lastError,
      ...(rebuilding
        ? { rebuilding: { generation: rebuilding.generation, checkpoint: formatPosition(rebuilding.position), state: rebuilding.state, lag: behind(rebuilding.position) } }
        : {}),
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
      const active = await this.checkpoints.readActive();
      const page = await this.store.readAll({ after: active.position, limit: this.batchSize });
      if (page.events.length === 0) {
        if (until === undefined || comparePositions(active.position, until) >= 0) return active.position;
        if (Date.now() > deadline) throw new Error(`catch-up did not reach ${formatPosition(until)} within ${timeoutMs} ms`);
        await this.nextCommit(this.pollIntervalMs);
        continue;
      }
      try {
        await this.commitLiveBatch(active.generation, await this.liveTotals(active.generation), active.position, page.events);
      } catch (error) {
        if (error instanceof ResyncNeeded) continue;
        if (!isTransient(error)) await this.checkpoints.markFailed(active.generation, error);
        throw error;
      }
    }
  }

  /**
   * Blue/green rebuild (see rebuild.ts): queries and the live projector keep using the active
   * generation until the switch. `signal` stops it between two batches.
   */
  async rebuild(options: { readonly signal?: AbortSignal } = {}): Promise<RebuildReport> {
    if (this.rebuildInProgress) throw new ConflictError(REBUILD_RUNNING);
    this.rebuildInProgress = true;
    try {
      return await rebuildGeneration({
        store: this.store,
        dataSource: this.options.dataSource,
        checkpoints: this.checkpoints,
        batchSize: this.batchSize,
        rebuildBatchSize: this.rebuildBatchSize,
        rebuildWriters: this.rebuildWriters,
        beforeApply: this.options.beforeApply,
        signal: options.signal,
        onSwitched: (checkpoint) => this.committed(checkpoint),
      });
    } finally {
      this.rebuildInProgress = false;
    }
  }

  /**
   * Brings a read model that predates the running totals or the row versions up to date: rebuilds
   * when the active generation is marked so (INCOMPLETE_STREAM_INDEX_YEAR, INCOMPLETE_VERSIONS_YEAR),
   * and answers undefined otherwise. The tracker calls it at start, in the instance that runs the projector.
   */
  async upgrade(options: { readonly signal?: AbortSignal } = {}): Promise<RebuildReport | undefined> {
    const active = await this.checkpoints.readActive();
    // A generation being filled is the live loop's to rebuild (see `run`).
    if ((await this.isBeingFilled(active)) || !(await this.checkpoints.needsUpgrade(active.generation))) return undefined;
    return this.rebuild(options);
  }

  /**
   * A marked generation at the start of the log holds nothing worth projecting onto: it is left to
   * a rebuild, which fills a new one at the rebuild's pace (the live loop's is a few times slower).
   * Migrations mark only generations that hold rows, so this is a fill that `start` began.
   */
  private async isBeingFilled(active: CheckpointRow): Promise<boolean> {
    return comparePositions(active.position, START_OF_LOG) === 0 && (await this.checkpoints.predatesTotals(active.generation));
  }

  /** Whether the log holds more than `count` events; reads them only when its head says it may. */
  private async logHoldsMoreThan(count: number): Promise<boolean> {
    // Positions grow by at least one per event, so a head below `count` means fewer events.
    if ((await this.store.headPosition()) < BigInt(count)) return false;
    const page = await this.store.readAll({ after: START_OF_LOG, limit: count + 1 });
    return page.events.length > count;
  }

  // ---- the live loop ----

  private async run(): Promise<void> {
    let failures = 0;
    while (!this.stopping) {
      let active: CheckpointRow;
      let totals: TotalsTarget;
      let filling: boolean;
      try {
        active = await this.checkpoints.readActive();
        filling = await this.isBeingFilled(active);
        totals = await this.liveTotals(active.generation);
      } catch (error) {
        failures += 1;
        this.options.onTransientError?.(error);
        await this.retryPause(failures);
        continue;
      }
      const generation = active.generation;
      if (filling) {
        const filled = await this.fillByRebuild(generation, failures);
        if (filled === 'failed') break;
        failures = filled === 'retry' ? failures + 1 : 0;
        continue;
      }
      let expected = active.position;
      let failure: unknown;
      // The store's subscription brings LISTEN/NOTIFY wake-ups and polling; each batch it hands
      // over is valid only if the checkpoint still equals where this subscription started.
      const subscription = this.store.subscribe(
        expected,
        async (events) => {
          expected = await this.commitLiveBatch(generation, totals, expected, events);
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
        await this.checkpoints.markFailed(generation, failure).catch(() => undefined);
        break;
      }
      failures += 1;
      this.options.onTransientError?.(failure);
      await this.retryPause(failures);
    }
  }

  /**
   * Fills the read model by a blue/green rebuild, which switches to a complete generation; the live
   * loop then goes on from its checkpoint. A handler error stops the projection FAILED, as it
   * would the live loop; anything else (a lost connection, another process's rebuild) is retried.
   */
  private async fillByRebuild(generation: number, failures: number): Promise<'switched' | 'retry' | 'failed'> {
    const controller = new AbortController();
    this.fill = controller;
    try {
      this.options.onFillStarted?.();
      // Not `onFilled?.(await …)`: an absent listener would skip the rebuild itself.
      const report = await this.rebuild({ signal: controller.signal });
      this.options.onFilled?.(report);
      return 'switched';
    } catch (error) {
      if (this.stopping) return 'retry';
      if (!isTransient(error)) {
        await this.checkpoints.markFailed(generation, error).catch(() => undefined);
        return 'failed';
      }
      this.options.onTransientError?.(error);
      await this.retryPause(failures + 1);
      return 'retry';
    } finally {
      this.fill = undefined;
    }
  }

  private async commitLiveBatch(generation: number, totals: TotalsTarget, from: AllPosition, events: readonly RecordedEvent[]): Promise<AllPosition> {
    const last = await this.options.dataSource.transaction(async (m) => {
      await this.checkpoints.sharePointer(m, generation);
      await this.checkpoints.lock(m, generation, from);
      return projectBatch(m, { checkpoints: this.checkpoints, generation, state: 'RUNNING', totals, beforeApply: this.options.beforeApply }, from, events);
    });
    this.committed(last);
    return last;
  }

  /** The live projector keeps a generation's totals with each batch, unless the generation predates them (an upgrade's rebuild replaces it). */
  private async liveTotals(generation: number): Promise<TotalsTarget> {
    return (await this.generationPredatesTotals(generation)) ? { mode: 'none' } : { mode: 'write' };
  }

  private generationPredatesTotals(generation: number): Promise<boolean> {
    let known = this.predatesTotals.get(generation);
    if (known === undefined) {
      known = this.checkpoints.predatesTotals(generation);
      known.catch(() => this.predatesTotals.delete(generation));
      this.predatesTotals.set(generation, known);
    }
    return known;
  }

  // ---- in-process notification ----

  private committed(position: AllPosition): void {
    if (!this.lastCommitted || comparePositions(position, this.lastCommitted) > 0) this.lastCommitted = position;
    for (const listener of [...this.commitListeners]) listener();
    for (const listener of this.checkpointListeners) listener(position);
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
