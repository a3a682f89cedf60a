// The backup file and the restore on real PostgreSQL (docs/design.md §19): a log and its credentials
// written out, verified and restored into an empty database exactly; every kind of damaged file
// refused before anything is written; a database that holds anything refused and left as it was.
import { type JsonObject, type NewEvent, createPostgresEventStore, formatPosition, type PostgresEventStore, type RecordedEvent } from '@tracker/event-store';
import { positionInLog } from '@tracker/projections';
import { createTestDatabase, type TestDatabase } from '@tracker/testing';
import { Client } from 'pg';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip, gunzipSync, gzipSync } from 'node:zlib';
import { AccountsDatabase } from '../accounts/store/accounts-database';
import { type Credential, CredentialStore } from '../accounts/store/credential-store';
import { type AppConfig, parseConfig } from '../config/app-config';
import { BackupFileError } from './backup-file';
import { backupLines } from './backup-lines';
import { type BackupSummary, backupFile, verifyBackup } from './backup-reader';
import { RestoreFailedError, RestoreRefusedError, restoreBackup } from './restore';

let source: TestDatabase;
let store: PostgresEventStore;
let sourceAccounts: AccountsDatabase;
let dir: string;
let file: string;
let summary: BackupSummary;
const targets: TestDatabase[] = [];

const CREDENTIALS: Credential[] = [
  { accountId: '6f1c1d8e-0c5e-4a53-9d3b-1f2e3a4b5c6d', usernameKey: 'admin', passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA', oneTime: false, setAt: new Date('2024-01-02T03:04:05.678Z') },
  { accountId: '0a9b8c7d-6e5f-4a3b-8c1d-2e3f4a5b6c7d', usernameKey: 'li.si', passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdDI$aGFzaDI', oneTime: true, setAt: new Date('2024-02-03T04:05:06.789Z') },
];

const aStreamId = (kind = 'volunteeractivity'): string => `${kind}-${randomUUID()}`;

function anEvent(data: JsonObject = { title: '学雷锋志愿服务日' }): NewEvent {
  const eventId = randomUUID();
  return { eventId, type: 'VolunteerActivityRecorded', data, metadata: { eventId, recordedAt: new Date().toISOString(), recordedBy: 'li.si', recordedByName: '李四', correlationId: randomUUID() } };
}

async function writeBackup(path: string): Promise<void> {
  const credentials = new CredentialStore(sourceAccounts);
  const lines = backupLines({ store, credentials: () => credentials.all(), eventStore: 'postgres', trackerVersion: '0.1.0', now: () => new Date('2024-03-05T08:00:00.000Z') });
  await pipeline(Readable.from(lines), createGzip(), createWriteStream(path));
}

async function readWholeLog(target: PostgresEventStore): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for (let after = undefined as RecordedEvent['position'] | undefined; ; ) {
    const page = await target.readAll({ ...(after ? { after } : {}), limit: 500 });
    if (page.events.length === 0) return events;
    events.push(...page.events);
    after = page.next;
  }
}

/** What must survive a restore: everything but the position, which the target gives anew. */
const essence = (event: RecordedEvent) => ({
  eventId: event.eventId,
  type: event.type,
  streamId: event.streamId,
  streamVersion: event.streamVersion,
  data: event.data,
  metadata: event.metadata,
  recordedAt: event.recordedAt.toISOString(),
});

async function emptyTarget(): Promise<{ database: TestDatabase; config: AppConfig }> {
  const database = await createTestDatabase('restore_target');
  targets.push(database);
  return { database, config: parseConfig({ DATABASE_URL: database.url }) };
}

/** Every event the database holds, committed or hidden behind another test's open transaction alike. */
async function eventCount(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>(`SELECT count(*) FROM events`);
    return Number(rows[0]?.count);
  } finally {
    await client.end();
  }
}

/**
 * The whole log once `count` events are visible: readAll hides commits behind any older transaction
 * still running on the server, which other test files share.
 */
async function visibleLog(target: PostgresEventStore, count: number): Promise<RecordedEvent[]> {
  for (const deadline = Date.now() + 10_000; ; ) {
    const events = await readWholeLog(target);
    if (events.length >= count || Date.now() > deadline) return events;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A copy of the backup with `change` applied to its uncompressed text, compressed again: a valid gzip of a changed file. */
function rewritten(name: string, change: (text: string) => string): string {
  const path = join(dir, name);
  writeFileSync(path, gzipSync(change(gunzipSync(readFileSync(file)).toString('utf8'))));
  return path;
}

beforeAll(async () => {
  source = await createTestDatabase('backup_source');
  store = await createPostgresEventStore({ connectionString: source.url });
  const streams = [aStreamId('volunteeractivity'), aStreamId('reliefgrant'), aStreamId('学雷锋')];
  // 1,498 events: more than one readAll page, interleaved streams, batches and single appends.
  let appended = 0;
  for (let round = 0; round < 500; round++) {
    const streamId = streams[round % streams.length] as string;
    const events = Array.from({ length: 1 + (round % 3) * 2 }, (_, index) =>
      anEvent({ round, index, title: `第${round}次 学雷锋 枫林街道 "引号" \\ 反斜杠`, amountFen: round * 4_162_000 }),
    );
    await store.appendToStream(streamId, events, { expectedVersion: 'any' });
    appended += events.length;
  }
  // The backup reads what is visible: all of it, before it is written.
  expect(await visibleLog(store, appended)).toHaveLength(appended);
  sourceAccounts = new AccountsDatabase(source.url);
  await sourceAccounts.onModuleInit();
  const credentials = new CredentialStore(sourceAccounts);
  for (const credential of CREDENTIALS) await credentials.setPassword(credential);
  dir = mkdtempSync(join(tmpdir(), 'tracker-backup-int-'));
  file = join(dir, 'backup.ndjson.gz');
  await writeBackup(file);
  summary = await verifyBackup(backupFile(file));
}, 120_000);

afterAll(async () => {
  await store?.close();
  await sourceAccounts?.onModuleDestroy();
  for (const database of [source, ...targets]) await database?.drop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the backup file', () => {
  it('holds a header, every event in log order, the credentials and a trailer with counts and checksum', async () => {
    const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n');
    expect(lines.pop()).toBe('');
    const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const log = await readWholeLog(store);
    expect(records[0]).toEqual({ kind: 'header', format: 'tracker-backup', formatVersion: 1, createdAt: '2024-03-05T08:00:00.000Z', trackerVersion: '0.1.0', eventStore: 'postgres' });
    expect(records.slice(1, 1 + log.length).map((record) => record['eventId'])).toEqual(log.map((event) => event.eventId));
    expect(records.slice(1 + log.length, -1).map((record) => record['usernameKey']).sort()).toEqual(['admin', 'li.si']);
    expect(records.at(-1)).toEqual({ kind: 'trailer', events: log.length, credentials: 2, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(summary).toMatchObject({ events: log.length, header: { eventStore: 'postgres' } });
    expect([...summary.eventTypes]).toEqual(['VolunteerActivityRecorded']);
  });
});

describe('restore', () => {
  it('writes every event with its id, stream, version, data, metadata and time, in log order, and the credentials as they were', async () => {
    const { database, config } = await emptyTarget();
    const progress: number[] = [];

    const report = await restoreBackup(file, summary, { config, connectionString: database.url }, (events) => progress.push(events));

    const before = await readWholeLog(store);
    expect(report).toEqual({ events: before.length, credentials: 2 });
    const target = await createPostgresEventStore({ connectionString: database.url });
    const accounts = new AccountsDatabase(database.url);
    try {
      expect((await visibleLog(target, before.length)).map(essence)).toEqual(before.map(essence));
      const restored = await new CredentialStore(accounts).all();
      expect(restored.sort((a, b) => a.usernameKey.localeCompare(b.usernameKey))).toEqual(CREDENTIALS);
      // Appends carry on where each stream stood.
      const last = before[before.length - 1] as RecordedEvent;
      const next = await target.appendToStream(last.streamId, [anEvent()], { expectedVersion: last.streamVersion });
      expect(next).toMatchObject({ nextExpectedVersion: last.streamVersion + 1, written: true });
    } finally {
      await target.close();
      await accounts.onModuleDestroy();
    }

    // A second restore into it is refused and changes nothing.
    const count = await eventCount(database.url);
    await expect(restoreBackup(file, summary, { config, connectionString: database.url }, () => undefined)).rejects.toThrow(
      new RestoreRefusedError('目标数据库里已经有账号。恢复只写入空的数据库，什么也没有改动。请用一个新的 DATA_DIR，或一个空的 DATABASE_URL（用 KurrentDB 时还需要一个空的 KurrentDB）。'),
    );
    expect(await eventCount(database.url)).toBe(count);
  });

  it('refuses a database that holds events but no accounts, and leaves it as it was', async () => {
    const { database, config } = await emptyTarget();
    const target = await createPostgresEventStore({ connectionString: database.url });
    await target.appendToStream(aStreamId(), [anEvent()], { expectedVersion: 'no_stream' });
    await target.close();

    await expect(restoreBackup(file, summary, { config, connectionString: database.url }, () => undefined)).rejects.toThrow(/^目标数据库里已经有事件。/);

    expect(await eventCount(database.url)).toBe(1);
    const accounts = new AccountsDatabase(database.url);
    expect(await new CredentialStore(accounts).all()).toEqual([]);
    await accounts.onModuleDestroy();
  });

  it('writes nothing when the file changes between its verification and the import', async () => {
    const { database, config } = await emptyTarget();
    const changed = rewritten('changed.ndjson.gz', (text) => text.replace('第499次', '第498次'));

    await expect(restoreBackup(changed, summary, { config, connectionString: database.url }, () => undefined)).rejects.toBeInstanceOf(RestoreFailedError);

    expect(await eventCount(database.url)).toBe(0);
  });
});

describe('a damaged file is refused whole, before anything is read into a database', () => {
  const refusal = async (path: string): Promise<string> => {
    const error = await verifyBackup(backupFile(path)).then(
      () => undefined,
      (rejection: unknown) => rejection,
    );
    expect(error).toBeInstanceOf(BackupFileError);
    return (error as Error).message;
  };

  it.each([0.02, 0.25, 0.5, 0.75, 0.98])('one byte altered at %p of the compressed file', async (at) => {
    const bytes = readFileSync(file);
    const index = Math.floor(bytes.length * at);
    bytes[index] = (bytes[index] as number) ^ 0x20;
    const path = join(dir, `altered-${at}.ndjson.gz`);
    writeFileSync(path, bytes);
    expect(await refusal(path)).toMatch(/^备份文件/);
  });

  it('one character altered inside, compressed again: the checksum does not match', async () => {
    expect(await refusal(rewritten('edited.ndjson.gz', (text) => text.replace('第42次', '第24次')))).toBe('备份文件的校验和不符：文件内容被改动过或已损坏。');
  });

  it('truncated: the compressed bytes end early', async () => {
    const path = join(dir, 'truncated.ndjson.gz');
    const bytes = readFileSync(file);
    writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(await refusal(path)).toBe('备份文件不完整：压缩数据在中途结束，可能是下载或复制没有完成。');
  });

  it('truncated at a line and compressed again: no trailer', async () => {
    const path = rewritten('cut.ndjson.gz', (text) => text.split('\n').slice(0, 1_000).join('\n') + '\n');
    expect(await refusal(path)).toBe('备份文件不完整：最后一行（第 1000 行）不是尾行，文件在中途被截断了。');
  });

  it('a line cut in the middle: the last line is not whole', async () => {
    const path = rewritten('half-line.ndjson.gz', (text) => text.slice(0, text.length - 10));
    expect(await refusal(path)).toMatch(/^备份文件不完整：第 \d+ 行没有写完/);
  });

  it('a line removed: the counts and the checksum no longer hold', async () => {
    const path = rewritten('removed.ndjson.gz', (text) => {
      const lines = text.split('\n');
      lines.splice(5, 1);
      return lines.join('\n');
    });
    expect(await refusal(path)).toBe('备份文件的校验和不符：文件内容被改动过或已损坏。');
  });

  it('something else than a backup', async () => {
    const path = join(dir, 'other.gz');
    writeFileSync(path, gzipSync('{"hello":"world"}\n'));
    expect(await refusal(path)).toBe('备份文件第 1 行的记录类型 undefined 无法识别。');
    writeFileSync(path, 'not gzip at all');
    expect(await refusal(path)).toMatch(/^备份文件已损坏：它不是完整的 gzip 文件/);
    expect(await refusal(join(dir, 'missing.gz'))).toBe(`找不到备份文件 ${join(dir, 'missing.gz')}。`);
  });
});

describe('an edition that pins a log position only (published before editions kept their event)', () => {
  it('is restored with the event at that position, which the new log finds at its new position; every other event is as it was', async () => {
    const old = await createTestDatabase('backup_old_edition');
    targets.push(old);
    const oldStore = await createPostgresEventStore({ connectionString: old.url });
    const oldAccounts = new AccountsDatabase(old.url);
    await oldAccounts.onModuleInit();
    const { database, config } = await emptyTarget();
    const target = await createPostgresEventStore({ connectionString: database.url });
    try {
      // A numbering with a gap, as rolled-back appends leave one: the restored log has none.
      const client = new Client({ connectionString: old.url });
      await client.connect();
      await client.query(`SELECT setval('events_global_position_seq', 5000)`);
      await client.end();
      const streamId = aStreamId();
      await oldStore.appendToStream(streamId, [anEvent(), anEvent()], { expectedVersion: 'no_stream' });
      const [, pinned] = await oldStore.readStream(streamId);
      if (!pinned) throw new Error('no pinned event');
      const edition = (data: JsonObject): NewEvent => ({ ...anEvent(data), type: 'SectionPublished' });
      const published = { editionId: '2023-all-v1', year: 2023, version: 1, position: formatPosition(pinned.position), section: { year: 2023 }, report: '', publishedAt: '2024-08-15T02:30:00.000Z' };
      const kept = { ...published, editionId: '2023-all-v2', version: 2, lastEvent: { streamId, streamVersion: 2, eventId: pinned.eventId } };
      await oldStore.appendToStream(aStreamId('sectionedition'), [edition(published), edition(kept)], { expectedVersion: 'no_stream' });
      await oldStore.appendToStream(streamId, [anEvent()], { expectedVersion: 2 });
      const before = await visibleLog(oldStore, 5);
      expect(before).toHaveLength(5);

      const path = join(dir, 'old-edition.ndjson.gz');
      const credentials = new CredentialStore(oldAccounts);
      await pipeline(Readable.from(backupLines({ store: oldStore, credentials: () => credentials.all(), eventStore: 'postgres', trackerVersion: '0.1.0', now: () => new Date() })), createGzip(), createWriteStream(path));
      const oldSummary = await verifyBackup(backupFile(path));
      expect([...oldSummary.unpinnedEditions]).toEqual([formatPosition(pinned.position)]);
      await restoreBackup(path, oldSummary, { config, connectionString: database.url }, () => undefined);

      const after = await visibleLog(target, 5);
      const restoredPinned = after.find((event) => event.eventId === pinned.eventId);
      expect(formatPosition(restoredPinned?.position ?? pinned.position)).not.toBe(formatPosition(pinned.position));
      const upcast = after.find((event) => event.data['editionId'] === '2023-all-v1');
      expect(upcast?.data).toEqual({ ...published, lastEvent: { streamId, streamVersion: 2, eventId: pinned.eventId } });
      expect(await positionInLog(target, { position: pinned.position, lastEvent: { streamId, streamVersion: 2, eventId: pinned.eventId } })).toEqual(restoredPinned?.position);
      // Everything else, the edition that kept its event included, is restored exactly.
      const others = (events: RecordedEvent[]) => events.filter((event) => event.data['editionId'] !== '2023-all-v1').map(essence);
      expect(others(after)).toEqual(others(before));
    } finally {
      await target.close();
      await oldStore.close();
      await oldAccounts.onModuleDestroy();
    }
  }, 60_000);
});
