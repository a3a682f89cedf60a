// Test-only wiring: a fresh database per file with the Postgres event store and the read model.
import type { EventStore } from '@tracker/event-store';
import { createPostgresEventStore } from '@tracker/event-store';
import type { TestDatabase } from '@tracker/testing';
import { createTestDatabase } from '@tracker/testing';
import type { DataSource } from 'typeorm';
import { createReadModelDataSource } from '../postgres/data-source';
import type { ProjectorOptions } from '../projector';
import { Projector } from '../projector';
import { CommunityResponsibilityQueries } from '../queries';

export interface Harness {
  readonly db: TestDatabase;
  readonly store: EventStore;
  readonly dataSource: DataSource;
  readonly queries: CommunityResponsibilityQueries;
  projector(options?: Partial<ProjectorOptions>): Projector;
  close(): Promise<void>;
}

export async function openHarness(): Promise<Harness> {
  const db = await createTestDatabase('proj');
  const store = await createPostgresEventStore({ connectionString: db.url, pollIntervalMs: 50 });
  const dataSource = await createReadModelDataSource(db.url).initialize();
  const projectors: Projector[] = [];
  return {
    db,
    store,
    dataSource,
    queries: new CommunityResponsibilityQueries({ dataSource, store }),
    projector(options = {}) {
      const projector = new Projector({ store, dataSource, batchSize: 50, pollIntervalMs: 20, ...options });
      projectors.push(projector);
      return projector;
    },
    async close() {
      for (const p of projectors) await p.stop();
      await dataSource.destroy();
      await store.close();
      await db.drop();
    },
  };
}
