import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { AllPosition, EventStore } from '@tracker/event-store';
import { formatPosition } from '@tracker/event-store';
import { CommunityResponsibilityQueries, Projector, createReadModelDataSource } from '@tracker/projections';
import type { DataSource } from 'typeorm';
import type { ReadYourWrites } from '../command-handling/read-your-writes';
import { RecordedButNotYetCountedError } from '../errors/app-errors';
import { EVENT_STORE } from '../event-store-info/event-store.token';
import { ProjectionLeadership } from './projection-leadership';
import { READ_MODEL_URL } from './projections.tokens';

// Long enough for a busy projector to catch up, short enough that a stuck one is reported.
const READ_YOUR_WRITES_TIMEOUT_MS = 10_000;

/**
 * Owns the read model: its DataSource (migrations run at start), the projector that follows the
 * event store, and the queries over it. Also the read-your-writes wait of every mutation.
 * With several instances on one database, only the one elected by ProjectionLeadership runs the
 * projector, and brings a read model that predates the running totals up to date (a blue/green
 * rebuild, in the background), or fills an empty one of a long log the same way (the projector's
 * start sees to that); every instance answers queries, projectionStatus and read-your-writes
 * waits, which read the shared checkpoint row.
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

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODEL_URL) private readonly url: string,
  ) {}

  async onModuleInit(): Promise<void> {
    this.dataSource = createReadModelDataSource(this.url, { applicationName: 'tracker-read-model' });
    await this.dataSource.initialize();
    this.projectorInstance = new Projector({
      store: this.store,
      dataSource: this.dataSource,
      onTransientError: (error) => this.logger.warn(`Projection paused, retrying: ${(error as Error).message}`),
      onFillStarted: () =>
        this.logger.log('The read model starts at the beginning of a long log (a first start after a restore): filling it by a blue/green rebuild; queries fold the log meanwhile.'),
      onFilled: (report) => this.logger.log(`Read model filled: generation ${report.generation} holds ${report.events} events (${report.durationMs} ms); the projector follows the log from here.`),
    });
    this.queriesInstance = new CommunityResponsibilityQueries({ dataSource: this.dataSource, store: this.store });
    const projector = this.projectorInstance;
    this.leadership = new ProjectionLeadership({
      connectionString: this.url,
      projectionName: projector.name,
      onElected: async () => {
        await projector.start();
        const status = await projector.status();
        if (status.state === 'FAILED') this.logger.error(`Projection ${status.name} is FAILED: ${status.lastError ?? 'unknown error'}`);
        this.startUpgrade();
      },
      onDeposed: async () => {
        await this.stopUpgrade();
        await projector.stop();
      },
      log: (message) => this.logger.log(message),
    });
    await this.leadership.start();
    if (!this.leadership.isLeader) this.logger.log(`Projection ${projector.name} runs in another instance; this one serves queries and takes over if it stops.`);
  }

  /** True while this instance runs the projector. */
  get projecting(): boolean {
    return this.leadership?.isLeader ?? false;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.leadership?.stop();
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
          if (report) this.logger.log(`Read model upgraded: generation ${report.generation} holds the running totals (${report.events} events in ${report.durationMs} ms).`);
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          this.logger.error(`Read-model upgrade failed, the next start retries it: ${error instanceof Error ? error.message : String(error)}`);
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
   * commits answer the wait from memory; otherwise (another instance projects) it follows the
   * shared checkpoint row.
   */
  async waitUntilCounted(position: AllPosition): Promise<void> {
    if (await this.projectorInstance.waitUntilPast(position, READ_YOUR_WRITES_TIMEOUT_MS)) return;
    this.logger.warn(`Read-your-writes wait for ${formatPosition(position)} timed out`);
    throw new RecordedButNotYetCountedError(position.globalPosition.toString(), READ_YOUR_WRITES_TIMEOUT_MS);
  }
}
