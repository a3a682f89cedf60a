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
 * projector; every instance answers queries, projectionStatus and read-your-writes waits, which
 * read the shared checkpoint row.
 */
@Injectable()
export class ProjectionRuntime implements OnModuleInit, OnApplicationShutdown, ReadYourWrites {
  private readonly logger = new Logger('Projections');
  private dataSource!: DataSource;
  private projectorInstance!: Projector;
  private queriesInstance!: CommunityResponsibilityQueries;
  private leadership: ProjectionLeadership | undefined;

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
      },
      onDeposed: () => projector.stop(),
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
    await this.projectorInstance?.stop();
    if (this.dataSource?.isInitialized) await this.dataSource.destroy();
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
