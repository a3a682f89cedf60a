// Versioned migrations for the Postgres event store (docs/design.md §4: never `synchronize`).
// Each migration runs in its own transaction under a transaction-scoped advisory lock, so
// several processes starting at once apply each one exactly once. Events are never dropped or
// updated by a migration.
import type { ClientBase } from 'pg';
import { Client } from 'pg';

export interface EventStoreMigration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** Arbitrary constant key ("EVST") that serializes every event-store migrator on a database. */
const MIGRATION_LOCK_KEY = 0x45565354;

export const EVENT_STORE_MIGRATIONS: readonly EventStoreMigration[] = [
  {
    version: 1,
    name: 'create_events',
    sql: `
      CREATE TABLE events (
        global_position bigserial PRIMARY KEY,
        stream_id text NOT NULL,
        stream_version int NOT NULL CHECK (stream_version >= 1),
        event_id uuid NOT NULL,
        type text NOT NULL,
        data jsonb NOT NULL,
        metadata jsonb NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
        CONSTRAINT events_stream_version_key UNIQUE (stream_id, stream_version),
        CONSTRAINT events_event_id_key UNIQUE (event_id)
      );
      -- $all is read in (transaction_id, global_position) order with a tuple cursor.
      CREATE INDEX events_transaction_position_idx ON events (transaction_id, global_position);

      -- Wake LISTEN 'events' subscribers once per inserting statement, at commit. The payload
      -- (the statement's last position) is informative only: readers always re-read.
      CREATE FUNCTION event_store_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('events', (SELECT max(global_position)::text FROM inserted));
        RETURN NULL;
      END
      $$;
      CREATE TRIGGER events_notify AFTER INSERT ON events
        REFERENCING NEW TABLE AS inserted
        FOR EACH STATEMENT EXECUTE FUNCTION event_store_notify();
    `,
  },
  {
    version: 2,
    name: 'events_append_only',
    sql: `
      -- Corrections are new events: the log itself refuses UPDATE, DELETE and TRUNCATE.
      CREATE FUNCTION event_store_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the events table is append-only: % is not allowed', TG_OP
          USING ERRCODE = 'restrict_violation';
      END
      $$;
      CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events
        FOR EACH ROW EXECUTE FUNCTION event_store_refuse_change();
      CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events
        FOR EACH STATEMENT EXECUTE FUNCTION event_store_refuse_change();
    `,
  },
  {
    version: 3,
    name: 'notify_after_commit',
    sql: `
      -- NOTIFY moves out of the appending transaction into the adapter (CommitAnnouncer), sent
      -- after the commit: a pg_notify inside the transaction held the notify-queue lock through
      -- the commit's WAL flush and serialized every append.
      DROP TRIGGER events_notify ON events;
      DROP FUNCTION event_store_notify();
    `,
  },
];

export interface MigrationReport {
  /** Versions this call applied (empty when the schema was already current). */
  readonly applied: readonly number[];
}

/** Applies the pending migrations through `client`, which must not be inside a transaction. */
export async function runEventStoreMigrations(
  client: ClientBase,
  migrations: readonly EventStoreMigration[] = EVENT_STORE_MIGRATIONS,
): Promise<MigrationReport> {
  const applied: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    await client.query('BEGIN');
    try {
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
      // Created under the lock, so concurrent first runs cannot race on the catalog.
      await client.query(`
        CREATE TABLE IF NOT EXISTS event_store_migrations (
          version int PRIMARY KEY,
          name text NOT NULL,
          applied_at timestamptz NOT NULL DEFAULT now()
        )`);
      const existing = await client.query<{ name: string }>('SELECT name FROM event_store_migrations WHERE version = $1', [
        migration.version,
      ]);
      const row = existing.rows[0];
      if (row) {
        if (row.name !== migration.name) {
          throw new Error(
            `Event store migration ${migration.version} is recorded as "${row.name}" but this code calls it "${migration.name}": the database belongs to a different schema history.`,
          );
        }
      } else {
        await client.query(migration.sql);
        await client.query('INSERT INTO event_store_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
        applied.push(migration.version);
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }
  return { applied };
}

/** Connects, brings the event-store schema up to date, disconnects. Safe to run concurrently and repeatedly. */
export async function migrateEventStore(connectionString: string): Promise<MigrationReport> {
  const client = new Client({ connectionString, application_name: 'event-store-migrate' });
  await client.connect();
  try {
    return await runEventStoreMigrations(client);
  } finally {
    await client.end();
  }
}
