import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { AllPosition, EventStore } from '@tracker/event-store';
import { formatPosition } from '@tracker/event-store';
import { CommunityResponsibilityQueries, Projector, createReadModelDataSource } from '@tracker/projections';
import type { DataSource } from 'typeorm';
import type { ReadYourWrites } from '../command-handling/read-your-writes';
import { RecordedButNotYetCountedError } from '../errors/app-errors';
import { EVENT_STORE } from '../event-store-info/event-store.token';
import { READ_MODEL_URL } from './projections.tokens';

// Long enough for a busy projector to catch up, short enough that a stuck one is reported.
const READ_YOUR_WRITES_TIMEOUT_MS = 10_000;

/**
 * Owns the read model: its DataSource (migrations run at start), the projector that follows the
 * event store, and the queries over it. Also the read-your-writes wait of every mutation.
 */
@Injectable()
export class ProjectionRuntime implements OnModuleInit, OnApplicationShutdown, ReadYourWrites {
  private readonly logger = new Logger('Projections');
  private dataSource!: DataSource;
  private projectorInstance!: Projector;
  private queriesInstance!: CommunityResponsibilityQueries;

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
    await this.projectorInstance.start();
    const status = await this.projectorInstance.status();
    if (status.state === 'FAILED') this.logger.error(`Projection ${status.name} is FAILED: ${status.lastError ?? 'unknown error'}`);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.projectorInstance?.stop();
    if (this.dataSource?.isInitialized) await this.dataSource.destroy();
  }

  get projector(): Projector {
    return this.projectorInstance;
  }

  get queries(): CommunityResponsibilityQueries {
    return this.queriesInstance;
  }

  async waitUntilCounted(position: AllPosition): Promise<void> {
    if (!(await this.projectorInstance.waitUntilPast(position, READ_YOUR_WRITES_TIMEOUT_MS))) {
      this.logger.warn(`Read-your-writes wait for ${formatPosition(position)} timed out`);
      throw new RecordedButNotYetCountedError(position.globalPosition.toString(), READ_YOUR_WRITES_TIMEOUT_MS);
    }
  }
}
