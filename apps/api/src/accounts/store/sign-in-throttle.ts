import { Injectable } from '@nestjs/common';
import { AccountsDatabase } from './accounts-database';

/** A counter of failed sign-ins: `limit` failures within `windowMs` lock the key for `lockMs`. */
export interface ThrottleRule {
  readonly key: string;
  readonly limit: number;
  readonly windowMs: number;
  readonly lockMs: number;
}

/**
 * Failed sign-ins and the locks they lead to (docs/design.md §13), in the database so that every
 * instance counts the same failures. Times come from the app's clock, never the database's.
 */
@Injectable()
export class SignInThrottle {
  constructor(private readonly db: AccountsDatabase) {}

  /** The latest end of a lock on any of `keys` still running at `now`. */
  async lockedUntil(keys: readonly string[], now: Date): Promise<Date | undefined> {
    const { rows } = await this.db.pool.query<{ until: Date | null }>('SELECT max(locked_until) AS until FROM sign_in_locks WHERE key = ANY($1) AND locked_until > $2', [
      keys,
      now,
    ]);
    return rows[0]?.until ?? undefined;
  }

  /** Counts a failure under each rule; returns the end of the lock it set off, if one. */
  async recordFailure(rules: readonly ThrottleRule[], now: Date): Promise<Date | undefined> {
    // Failures of usernames never tried again (a spray's) and locks that ran out would stay for good.
    const longest = Math.max(...rules.map((rule) => rule.windowMs));
    await this.db.pool.query('DELETE FROM sign_in_failures WHERE failed_at <= $1', [new Date(now.getTime() - longest)]);
    await this.db.pool.query('DELETE FROM sign_in_locks WHERE locked_until <= $1', [now]);
    let lockedUntil: Date | undefined;
    for (const rule of rules) {
      const until = await this.db.transaction(async (client) => {
        const since = new Date(now.getTime() - rule.windowMs);
        await client.query('DELETE FROM sign_in_failures WHERE key = $1 AND failed_at <= $2', [rule.key, since]);
        await client.query('INSERT INTO sign_in_failures (key, failed_at) VALUES ($1, $2)', [rule.key, now]);
        const { rows } = await client.query<{ failures: number }>('SELECT count(*)::int AS failures FROM sign_in_failures WHERE key = $1', [rule.key]);
        if ((rows[0]?.failures ?? 0) < rule.limit) return undefined;
        const end = new Date(now.getTime() + rule.lockMs);
        // The count starts afresh once the lock is over.
        await client.query('DELETE FROM sign_in_failures WHERE key = $1', [rule.key]);
        await client.query('INSERT INTO sign_in_locks (key, locked_until) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET locked_until = EXCLUDED.locked_until', [
          rule.key,
          end,
        ]);
        return end;
      });
      if (until && (!lockedUntil || until > lockedUntil)) lockedUntil = until;
    }
    return lockedUntil;
  }

  async clear(key: string): Promise<void> {
    await this.db.pool.query('DELETE FROM sign_in_failures WHERE key = $1', [key]);
    await this.db.pool.query('DELETE FROM sign_in_locks WHERE key = $1', [key]);
  }
}
