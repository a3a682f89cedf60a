// The primary process of a WORKERS=n tracker (issue 18, decision 4): node's cluster, one port. The
// primary owns what there is one of (the embedded PostgreSQL, the DATA_DIR lock), forks the
// workers, replaces one that dies, and passes the projecting worker's checkpoints to the others.
// Each worker is a whole tracker on the primary's database; the advisory-lock election still lets
// exactly one of them project.
import cluster, { type Worker } from 'node:cluster';
import { WORKER_DATABASE_URL, WORKER_SLOT, isClusterMessage } from './cluster-messages';

export interface WorkerClusterOptions {
  readonly workers: number;
  readonly databaseUrl: string;
  readonly log: { log(message: string): void; warn(message: string): void };
}

/** A replacement that dies before it serves waits this long, doubling up to the ceiling, before the next. */
const FIRST_RESTART_DELAY_MS = 250;
const MAX_RESTART_DELAY_MS = 30_000;
/** An orderly stop of a worker (SIGTERM) waits this long before SIGKILL. */
const STOP_TIMEOUT_MS = 25_000;

interface Slot {
  readonly number: number;
  worker: Worker | undefined;
  serving: boolean;
  /** Replacements in a row that died before serving. */
  failures: number;
  timer: NodeJS.Timeout | undefined;
}

export class WorkerCluster {
  private readonly slots: Slot[];
  private stopping = false;
  private startup: { resolve(): void; reject(error: Error): void } | undefined;

  constructor(private readonly options: WorkerClusterOptions) {
    this.slots = Array.from({ length: options.workers }, (_, index) => ({ number: index + 1, worker: undefined, serving: false, failures: 0, timer: undefined }));
  }

  /**
   * Forks the first worker, and the others once it serves: it applies the database's migrations
   * alone (the read model's are not safe to run twice at once on a fresh database) and is the
   * first to project. Resolves when all serve; rejects if one exits first (a start-up failure
   * stops the tracker).
   */
  start(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.startup = { resolve, reject };
      const [first] = this.slots;
      if (first) this.fork(first);
    });
  }

  /** SIGTERM to every worker (each stops in order), SIGKILL to any still running after the timeout. */
  async stop(): Promise<void> {
    this.stopping = true;
    const running = this.slots.flatMap((slot) => {
      clearTimeout(slot.timer);
      const worker = slot.worker;
      return worker && !worker.isDead() ? [worker] : [];
    });
    await Promise.all(
      running.map(
        (worker) =>
          new Promise<void>((resolve) => {
            const timer = setTimeout(() => worker.process.kill('SIGKILL'), STOP_TIMEOUT_MS);
            worker.once('exit', () => {
              clearTimeout(timer);
              resolve();
            });
            worker.process.kill('SIGTERM');
          }),
      ),
    );
  }

  private fork(slot: Slot): void {
    const worker = cluster.fork({ [WORKER_DATABASE_URL]: this.options.databaseUrl, [WORKER_SLOT]: String(slot.number) });
    slot.worker = worker;
    slot.serving = false;
    worker.on('message', (message: unknown) => this.heard(slot, worker, message));
    worker.once('exit', (code, signal) => this.exited(slot, worker, code, signal));
  }

  private heard(slot: Slot, from: Worker, message: unknown): void {
    if (!isClusterMessage(message)) return;
    switch (message.type) {
      case 'tracker:serving':
        slot.serving = true;
        slot.failures = 0;
        if (!this.startup) break;
        if (this.slots.every((each) => each.serving)) {
          this.startup.resolve();
          this.startup = undefined;
        } else if (slot.number === 1) {
          for (const other of this.slots) if (!other.worker) this.fork(other);
        }
        break;
      case 'tracker:checkpoint':
        for (const other of this.slots) {
          const worker = other.worker;
          if (worker && worker !== from && other.serving && worker.isConnected()) worker.send(message);
        }
        break;
      default: {
        const unknown: never = message;
        throw new Error(`Unknown cluster message ${JSON.stringify(unknown)}`);
      }
    }
  }

  private exited(slot: Slot, worker: Worker, code: number | null, signal: string | null): void {
    if (slot.worker !== worker || this.stopping) return;
    const how = signal ? `信号 ${signal}` : `退出码 ${code ?? '未知'}`;
    const wasServing = slot.serving;
    slot.worker = undefined;
    slot.serving = false;
    if (this.startup) {
      // A worker that cannot start says why on stderr; another try would fail the same way.
      this.startup.reject(new Error(`工作进程 ${slot.number}（pid ${worker.process.pid ?? '?'}）在启动中停止了（${how}）。`));
      this.startup = undefined;
      return;
    }
    if (!wasServing) slot.failures += 1;
    const delay = slot.failures === 0 ? 0 : Math.min(FIRST_RESTART_DELAY_MS * 2 ** (slot.failures - 1), MAX_RESTART_DELAY_MS);
    this.options.log.warn(`工作进程 ${slot.number}（pid ${worker.process.pid ?? '?'}）已停止（${how}）；${delay ? `${delay} 毫秒后` : ''}启动一个新的`);
    slot.timer = setTimeout(() => {
      slot.timer = undefined;
      if (!this.stopping) this.fork(slot);
    }, delay);
  }
}
