import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { Pool, type PoolClient } from 'pg';
import { runAccountMigrations } from './migrations';

export const ACCOUNTS_DATABASE_URL = Symbol('ACCOUNTS_DATABASE_URL');

/**
 * The PostgreSQL of the read model (always PostgreSQL, whichever event store holds the log), with
 * the accounts' tables. A pool of its own, so signing in never waits behind the projector.
 */
@Injectable()
export class AccountsDatabase implements OnModuleInit, OnModuleDestroy {
  readonly pool: Pool;
  // The lock's sessions wait apart from the pool the work runs on, so waiters never starve the holder.
  private readonly lockPool: Pool;

  constructor(@Inject(ACCOUNTS_DATABASE_URL) url: string) {
    this.pool = new Pool({ connectionString: url, max: 4, application_name: 'tracker-accounts' });
    this.lockPool = new Pool({ connectionString: url, max: 4, application_name: 'tracker-accounts-lock' });
    // An idle client lost with the server: the next query reports it.
    for (const pool of [this.pool, this.lockPool]) pool.on('error', () => undefined);
  }

  async onModuleInit(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await runAccountMigrations(client);
    } finally {
      client.release();
    }
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([this.pool.end(), this.lockPool.end()]);
  }

  /**
   * Runs `work` while holding the one accounts lock, across every instance on this database.
   * Account changes are rare, and some rules span accounts (the last active ADMIN; the credential
   * row written just before an account's event), so they take turns.
   */
  async exclusively<T>(work: () => Promise<T>): Promise<T> {
    const client = await this.lockPool.connect();
    try {
      await client.query(`SELECT pg_advisory_lock(hashtextextended('tracker-accounts', 0))`);
      try {
        return await work();
      } finally {
        await client.query(`SELECT pg_advisory_unlock(hashtextextended('tracker-accounts', 0))`);
      }
    } finally {
      client.release();
    }
  }

  async transaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}
