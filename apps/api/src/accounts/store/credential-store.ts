import { Injectable } from '@nestjs/common';
import { AccountsDatabase } from './accounts-database';

/** An account's password as the credential table keeps it: its argon2id hash, never the password. */
export interface Credential {
  readonly accountId: string;
  readonly usernameKey: string;
  readonly passwordHash: string;
  /** Someone else than the holder set it: every operation but changing it is refused. */
  readonly oneTime: boolean;
  readonly setAt: Date;
}

export interface NewPassword {
  readonly accountId: string;
  readonly usernameKey: string;
  readonly passwordHash: string;
  readonly oneTime: boolean;
  readonly setAt: Date;
  /** The session that set it (a holder changing their own), which goes on; every other one ends. */
  readonly keepSessionTokenHash?: string;
}

interface CredentialRow {
  account_id: string;
  username_key: string;
  password_hash: string;
  one_time: boolean;
  set_at: Date;
}

const toCredential = (row: CredentialRow): Credential => ({
  accountId: row.account_id,
  usernameKey: row.username_key,
  passwordHash: row.password_hash,
  oneTime: row.one_time,
  setAt: row.set_at,
});

/** Password hashes, outside the event log (docs/design.md §13): a log is permanent, a secret must be replaceable. */
@Injectable()
export class CredentialStore {
  constructor(private readonly db: AccountsDatabase) {}

  async find(accountId: string): Promise<Credential | undefined> {
    const { rows } = await this.db.pool.query<CredentialRow>('SELECT * FROM account_credentials WHERE account_id = $1', [accountId]);
    return rows[0] && toCredential(rows[0]);
  }

  async all(): Promise<Credential[]> {
    const { rows } = await this.db.pool.query<CredentialRow>('SELECT * FROM account_credentials');
    return rows.map(toCredential);
  }

  /** A restore's credentials, as they were (docs/design.md §19), all or none; only into a table with none of them. */
  async restore(credentials: readonly Credential[]): Promise<void> {
    if (credentials.length === 0) return;
    await this.db.transaction(async (client) => {
      await client.query(
        `INSERT INTO account_credentials (account_id, username_key, password_hash, one_time, set_at)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::boolean[], $5::timestamptz[])`,
        [
          credentials.map((c) => c.accountId),
          credentials.map((c) => c.usernameKey),
          credentials.map((c) => c.passwordHash),
          credentials.map((c) => c.oneTime),
          credentials.map((c) => c.setAt),
        ],
      );
    });
  }

  /** The new password and the end of the account's other sessions, together or not at all. */
  async setPassword(password: NewPassword): Promise<void> {
    await this.db.transaction(async (client) => {
      await client.query(
        `INSERT INTO account_credentials (account_id, username_key, password_hash, one_time, set_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (account_id) DO UPDATE SET password_hash = EXCLUDED.password_hash, one_time = EXCLUDED.one_time, set_at = EXCLUDED.set_at`,
        [password.accountId, password.usernameKey, password.passwordHash, password.oneTime, password.setAt],
      );
      await client.query('DELETE FROM account_sessions WHERE account_id = $1 AND token_hash IS DISTINCT FROM $2', [
        password.accountId,
        password.keepSessionTokenHash ?? null,
      ]);
    });
  }
}
