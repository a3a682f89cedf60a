// Several api instances may share one database; each projection must run in exactly ONE of them
// (docs/design.md §5). The instance holding a PostgreSQL advisory lock projects; the lock lives on a
// dedicated connection, so it is released the moment that process dies (even kill -9: the
// server sees the socket close), and a waiting instance takes over within `retryMs`, continuing
// from the checkpoint row. Correctness does not rest on the lock alone: the projector also locks
// its checkpoint row per batch, so even two projectors could never double-count; the lock only
// stops them from wasting work on each other's conflicts.
import { Client } from 'pg';

export interface ProjectionLeadershipOptions {
  readonly connectionString: string;
  /** Names the lock: one lock, and one leader, per projection. */
  readonly projectionName: string;
  /** Called when this instance wins the lock: start projecting. */
  readonly onElected: () => Promise<void>;
  /** Called when it loses it (connection lost) or gives it up (shutdown): stop projecting. */
  readonly onDeposed: () => Promise<void>;
  readonly log?: (message: string) => void;
  /** How often a follower retries the lock (default 1 s). */
  readonly retryMs?: number;
}

const LEADER_APPLICATION_NAME = 'tracker-projection-leader';

export class ProjectionLeadership {
  private client: Client | undefined;
  private leading = false;
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;
  private attempt: Promise<void> = Promise.resolve();
  private readonly retryMs: number;

  constructor(private readonly options: ProjectionLeadershipOptions) {
    this.retryMs = options.retryMs ?? 1_000;
  }

  get isLeader(): boolean {
    return this.leading;
  }

  /** Makes the first attempt (a lone instance is leader when this resolves), then keeps retrying in the background. */
  async start(): Promise<void> {
    this.stopped = false;
    await this.tryOnce();
  }

  /** Stops projecting first (so the checkpoint row says STOPPED), then releases the lock. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.attempt;
    if (this.leading) {
      this.leading = false;
      await this.options.onDeposed().catch(() => undefined);
    }
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private tryOnce(): Promise<void> {
    this.attempt = this.acquire().finally(() => this.schedule());
    return this.attempt;
  }

  private schedule(): void {
    if (this.stopped || this.leading) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tryOnce(), this.retryMs);
  }

  private async acquire(): Promise<void> {
    if (this.stopped || this.leading) return;
    try {
      const client = await this.connection();
      const result = await client.query<{ locked: boolean }>(`SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked`, [
        `tracker.projection.${this.options.projectionName}`,
      ]);
      if (!result.rows[0]?.locked || this.stopped) return;
      this.leading = true;
      this.options.log?.(`本实例开始运行统计 ${this.options.projectionName}（已持有咨询锁）`);
      await this.options.onElected();
    } catch (error) {
      this.options.log?.(`争取运行统计时出错：${(error as Error).message}；稍后重试`);
      await this.dropConnection();
    }
  }

  private async connection(): Promise<Client> {
    if (this.client) return this.client;
    const client = new Client({ connectionString: this.options.connectionString, application_name: LEADER_APPLICATION_NAME });
    // Losing this connection loses the lock: another instance may be projecting a moment later.
    client.on('error', () => void this.lost(client));
    client.on('end', () => void this.lost(client));
    await client.connect();
    this.client = client;
    return client;
  }

  private async lost(client: Client): Promise<void> {
    if (this.client !== client) return;
    this.client = undefined;
    if (this.leading) {
      this.leading = false;
      this.options.log?.(`持有统计 ${this.options.projectionName} 之锁的连接断了：本实例停止运行它`);
      await this.options.onDeposed().catch(() => undefined);
    }
    if (!this.stopped) this.schedule();
  }

  private async dropConnection(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }
}
