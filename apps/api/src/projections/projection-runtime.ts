import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { AllPosition, EventStore } from '@tracker/event-store';
import { formatPosition } from '@tracker/event-store';
import { CommunityResponsibilityQueries, Projector, createReadModelDataSource } from '@tracker/projections';
import type { DataSource } from 'typeorm';
import type { ReadYourWrites } from '../command-handling/read-your-writes';
import { RecordedButNotYetCountedError } from '../errors/app-errors';
import { EVENT_STORE } from '../event-store-info/event-store.token';
import { CheckpointPeers, NO_PEERS, type PeerChannel } from './checkpoint-peers';
import { ProjectionLeadership } from './projection-leadership';
import { PEER_CHANNEL, READ_MODEL_URL } from './projections.tokens';

// Long enough for a busy projector to catch up, short enough that a stuck one is reported.
const READ_YOUR_WRITES_TIMEOUT_MS = 10_000;
/** While peers tell this process of checkpoints, the row is only a safety net, read this often. */
const ROW_RECHECK_MS = 100;

/**
 * Owns the read model: its DataSource (migrations run at start), the projector that follows the
 * event store, and the queries over it. Also the read-your-writes wait of every mutation.
 * With several instances on one database, only the one elected by ProjectionLeadership runs the
 * projector, and brings a read model that predates the running totals up to date (a blue/green
 * rebuild, in the background), or fills an empty one of a long log the same way (the projector's
 * start sees to that); every instance answers queries, projectionStatus and read-your-writes
 * waits, which read the shared checkpoint row. Among the workers of one tracker (WORKERS=n) the
 * projecting one also tells the others each checkpoint it commits.
 */
@Injectable()
export class ProjectionRuntime implements OnModuleInit, OnApplicationShutdown, ReadYourWrites {
  private readonly logger = new Logger('Projections');
  private dataSource!: DataSource;
  private projectorInstance!: Projector;
  private queriesInstance!: CommunityResponsibilityQueries;
  private leadership: ProjectionLeadership | undefined;
  /** The upgrade's rebuild while it runs: stopped when this instance stops projecting. */
  private upgrade: { readonly controller: AbortController; readonly done: Promise<void> } | undefined;
  private readonly peers: CheckpointPeers;
  private stopAnnouncing: (() => void) | undefined;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODEL_URL) private readonly url: string,
    @Inject(PEER_CHANNEL) peerChannel: PeerChannel = NO_PEERS,
  ) {
    this.peers = new CheckpointPeers(peerChannel);
  }

  async onModuleInit(): Promise<void> {
    this.dataSource = createReadModelDataSource(this.url, { applicationName: 'tracker-read-model' });
    await this.dataSource.initialize();
    this.projectorInstance = new Projector({
      store: this.store,
      dataSource: this.dataSource,
      onTransientError: (error) => this.logger.warn(`统计暂停，稍后重试：${(error as Error).message}`),
      onFillStarted: () =>
        this.logger.log('统计数据从一份很长的事件日志的开头算起（恢复备份后的第一次启动）：用蓝绿重建一次填满；在此期间查询直接从事件日志计算'),
      onFilled: (report) => this.logger.log(`统计数据已填满：第 ${report.generation} 代含 ${report.events} 条事件（用时 ${report.durationMs} 毫秒），此后逐条跟上事件日志`),
    });
    this.queriesInstance = new CommunityResponsibilityQueries({ dataSource: this.dataSource, store: this.store });
    const projector = this.projectorInstance;
    this.leadership = new ProjectionLeadership({
      connectionString: this.url,
      projectionName: projector.name,
      onElected: async () => {
        if (this.peers.connected) this.stopAnnouncing = projector.onCheckpoint((position) => this.peers.announce(position));
        await projector.start();
        const status = await projector.status();
        if (status.state === 'FAILED') this.logger.error(`统计 ${status.name} 已停止（FAILED）：${status.lastError ?? '原因不明'}`);
        this.startUpgrade();
      },
      onDeposed: async () => {
        this.stopAnnouncing?.();
        this.stopAnnouncing = undefined;
        await this.stopUpgrade();
        await projector.stop();
      },
      log: (message) => this.logger.log(message),
    });
    await this.leadership.start();
    if (!this.leadership.isLeader) this.logger.log(`统计 ${projector.name} 由另一个实例运行；本实例只回答查询，那个实例停下时由本实例接手`);
  }

  /** True while this instance runs the projector. */
  get projecting(): boolean {
    return this.leadership?.isLeader ?? false;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.leadership?.stop();
    this.peers.close();
    await this.stopUpgrade();
    await this.projectorInstance?.stop();
    if (this.dataSource?.isInitialized) await this.dataSource.destroy();
  }

  /**
   * A read model from before the running totals is rebuilt once, blue/green, without holding up
   * the start: queries answer exactly meanwhile (they fold the log) and switch when it is done.
   */
  private startUpgrade(): void {
    if (this.upgrade) return;
    const controller = new AbortController();
    const done = this.projectorInstance
      .upgrade({ signal: controller.signal })
      .then(
        (report) => {
          if (report) this.logger.log(`统计数据已升级：第 ${report.generation} 代含累计总数（${report.events} 条事件，用时 ${report.durationMs} 毫秒）`);
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          this.logger.error(`统计数据升级失败，下次启动时重试：${error instanceof Error ? error.message : String(error)}`);
        },
      )
      .finally(() => {
        if (this.upgrade?.controller === controller) this.upgrade = undefined;
      });
    this.upgrade = { controller, done };
  }

  private async stopUpgrade(): Promise<void> {
    const upgrade = this.upgrade;
    if (!upgrade) return;
    upgrade.controller.abort();
    await upgrade.done;
  }

  get projector(): Projector {
    return this.projectorInstance;
  }

  get queries(): CommunityResponsibilityQueries {
    return this.queriesInstance;
  }

  /** The read model's DataSource, for the metrics of its connection pool. */
  get readModel(): DataSource {
    return this.dataSource;
  }

  /**
   * The projector's `waitUntilPast`: while this instance runs the projector, its own batch
   * commits answer the wait from memory; in another worker of the same tracker, the checkpoints
   * the projecting worker announces do; otherwise (another instance projects) it follows the
   * shared checkpoint row.
   */
  async waitUntilCounted(position: AllPosition): Promise<void> {
    if (await this.waitForProjector(position, READ_YOUR_WRITES_TIMEOUT_MS)) return;
    this.logger.warn(`等待统计跟上位置 ${formatPosition(position)} 超时（读己之写）`);
    throw new RecordedButNotYetCountedError(position.globalPosition.toString(), READ_YOUR_WRITES_TIMEOUT_MS);
  }

  private async waitForProjector(position: AllPosition, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    let nextRowRead = Date.now() + ROW_RECHECK_MS;
    for (;;) {
      if (this.projecting || !this.peers.connected) return this.projectorInstance.waitUntilPast(position, Math.max(0, deadline - Date.now()));
      if (this.peers.passed(position)) return true;
      if (Date.now() >= nextRowRead) {
        // A timeout of 0 reads the checkpoint row once.
        if (await this.projectorInstance.waitUntilPast(position, 0)) return true;
        nextRowRead = Date.now() + ROW_RECHECK_MS;
      }
      const remaining = deadline - Date.now();
      if (remaining <= 0) return false;
      await this.peers.next(Math.min(remaining, Math.max(1, nextRowRead - Date.now())));
    }
  }
}
