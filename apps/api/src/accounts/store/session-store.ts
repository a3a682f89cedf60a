import { Injectable } from '@nestjs/common';
import { AccountsDatabase } from './accounts-database';

export interface StoredSession {
  readonly tokenHash: string;
  readonly accountId: string;
  readonly createdAt: Date;
  readonly lastSeenAt: Date;
  /** The absolute end: a week after signing in, however busy the session is. */
  readonly expiresAt: Date;
}

interface SessionRow {
  token_hash: string;
  account_id: string;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
}

/** Sessions on the server (docs/design.md §13), so that ending one is for good. Keyed by the hash of the cookie's token. */
@Injectable()
export class SessionStore {
  constructor(private readonly db: AccountsDatabase) {}

  async create(session: StoredSession): Promise<void> {
    await this.db.pool.query(
      'INSERT INTO account_sessions (token_hash, account_id, created_at, last_seen_at, expires_at) VALUES ($1, $2, $3, $4, $5)',
      [session.tokenHash, session.accountId, session.createdAt, session.lastSeenAt, session.expiresAt],
    );
  }

  async find(tokenHash: string): Promise<StoredSession | undefined> {
    const { rows } = await this.db.pool.query<SessionRow>('SELECT * FROM account_sessions WHERE token_hash = $1', [tokenHash]);
    const row = rows[0];
    return row && { tokenHash: row.token_hash, accountId: row.account_id, createdAt: row.created_at, lastSeenAt: row.last_seen_at, expiresAt: row.expires_at };
  }

  async touch(tokenHash: string, now: Date): Promise<void> {
    await this.db.pool.query('UPDATE account_sessions SET last_seen_at = $2 WHERE token_hash = $1 AND last_seen_at < $2', [tokenHash, now]);
  }

  /** True when there was such a session. */
  async end(tokenHash: string): Promise<boolean> {
    const { rowCount } = await this.db.pool.query('DELETE FROM account_sessions WHERE token_hash = $1', [tokenHash]);
    return (rowCount ?? 0) > 0;
  }

  async endAllOf(accountId: string): Promise<void> {
    await this.db.pool.query('DELETE FROM account_sessions WHERE account_id = $1', [accountId]);
  }

  /** Sessions past either limit are dead already; this only keeps the table small. */
  async endExpiredOf(accountId: string, now: Date, idleMs: number): Promise<void> {
    await this.db.pool.query(
      `DELETE FROM account_sessions WHERE account_id = $1 AND (expires_at <= $2 OR last_seen_at <= $2::timestamptz - make_interval(secs => $3))`,
      [accountId, now, idleMs / 1000],
    );
  }
}
