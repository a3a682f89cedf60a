import { Pool } from 'pg';
import type { DatabaseProbe } from '../health/database-probe';

/** A tiny pool of its own, so /health keeps answering even when the event store's pool is saturated. */
export class PgDatabaseProbe implements DatabaseProbe {
  private readonly pool: Pool;

  constructor(connectionString: string) {
    this.pool = new Pool({ connectionString, max: 2, connectionTimeoutMillis: 3_000, query_timeout: 3_000, idleTimeoutMillis: 10_000 });
    this.pool.on('error', () => undefined); // an idle client lost with the server: the next ping reports it
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
