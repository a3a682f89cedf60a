// Versioned migrations of the accounts' own tables (docs/design.md §13): password hashes, sessions and
// failed sign-ins. They are secrets or short-lived state, so they live beside the log, never in
// it. Like the event store's, each migration runs once, in a transaction, under an advisory lock
// that several instances starting at once share.
import type { PoolClient } from 'pg';

interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'credentials_sessions_sign_in_limits',
    sql: `
      -- One row per account (the api derives account_id from username_key), written before the
      -- account's first event: a row whose account stream is empty is no account.
      CREATE TABLE account_credentials (
        account_id uuid PRIMARY KEY,
        username_key text NOT NULL UNIQUE,
        password_hash text NOT NULL,
        -- Set by someone else than the holder (creation, reset): replaced at the next sign-in.
        one_time boolean NOT NULL,
        set_at timestamptz NOT NULL
      );
      -- The cookie carries a random token; only its SHA-256 is kept, so a copy of this table signs nobody in.
      CREATE TABLE account_sessions (
        token_hash text PRIMARY KEY,
        account_id uuid NOT NULL REFERENCES account_credentials (account_id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX account_sessions_account_idx ON account_sessions (account_id);
      -- Keys are 'user:<username key>' and 'address:<ip>'.
      CREATE TABLE sign_in_failures (key text NOT NULL, failed_at timestamptz NOT NULL);
      CREATE INDEX sign_in_failures_key_idx ON sign_in_failures (key, failed_at);
      CREATE TABLE sign_in_locks (key text PRIMARY KEY, locked_until timestamptz NOT NULL);
    `,
  },
];

export async function runAccountMigrations(client: PoolClient): Promise<void> {
  for (const migration of MIGRATIONS) {
    await client.query('BEGIN');
    try {
      await client.query(`SELECT pg_advisory_xact_lock(hashtextextended('tracker-account-migrations', 0))`);
      await client.query(`CREATE TABLE IF NOT EXISTS account_store_migrations (version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
      const { rows } = await client.query<{ name: string }>('SELECT name FROM account_store_migrations WHERE version = $1', [migration.version]);
      const recorded = rows[0];
      if (recorded && recorded.name !== migration.name) {
        throw new Error(`Account store migration ${migration.version} is recorded as "${recorded.name}" but this code calls it "${migration.name}".`);
      }
      if (!recorded) {
        await client.query(migration.sql);
        await client.query('INSERT INTO account_store_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }
}
