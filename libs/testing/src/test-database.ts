import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Client } from 'pg';

export interface TestDatabase {
  /** Connection string of a database that exists only for this test file. */
  readonly url: string;
  readonly name: string;
  drop(): Promise<void>;
}

function adminUrl(): string {
  const url = process.env['TEST_PG_ADMIN_URL'];
  if (!url) {
    throw new Error('TEST_PG_ADMIN_URL is not set: int and e2e tests must run through jest, whose global setup starts PostgreSQL.');
  }
  return url;
}

/** Creates a fresh, empty database on the run's embedded PostgreSQL (docs/design.md §10: a fresh database per file). */
export async function createTestDatabase(prefix = 't'): Promise<TestDatabase> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    async drop() {
      const client = new Client({ connectionString: adminUrl() });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/**
 * The lines the run's PostgreSQL has logged for `database` so far (global-setup prefixes each line
 * with its database). The log arrives through a pipe: `untilMarker` waits for a line that a
 * `RAISE LOG` of the test wrote last, so that everything logged before it is in.
 */
export async function serverLogLines(database: string, untilMarker: string, timeoutMs = 10_000): Promise<string[]> {
  const file = process.env['TEST_PG_LOG_FILE'];
  if (!file) throw new Error('TEST_PG_LOG_FILE is not set: the test PostgreSQL of this run keeps no log file.');
  for (const deadline = Date.now() + timeoutMs; ; ) {
    const lines = (await readFile(file, 'utf8')).split('\n').filter((line) => line.includes(` db=${database} `));
    if (lines.some((line) => line.includes(untilMarker))) return lines;
    if (Date.now() > deadline) throw new Error(`the PostgreSQL log has no line "${untilMarker}" for ${database} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
