// The backup file's lines and sections, without a database (docs/design.md §19).
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { BackupChecksum, BackupFileError, type BackupRecord, lineOf, parseBackupLine } from './backup-file';
import { verifyBackup } from './backup-reader';
import { checkRestorable } from './restore';

const header = (formatVersion = 1): BackupRecord => ({ kind: 'header', format: 'tracker-backup', formatVersion, createdAt: '2024-03-05T08:00:00.000Z', trackerVersion: '0.1.0', eventStore: 'postgres' });

const anEventLine = (type = 'ReliefGranted', streamVersion = 1): BackupRecord => ({
  kind: 'event',
  position: '812:4051',
  streamId: 'reliefgrant-1',
  streamVersion,
  eventId: '3f2c1d8e-0c5e-4a53-9d3b-1f2e3a4b5c6d',
  type,
  recordedAt: '2023-06-20T02:00:00.000Z',
  metadata: { eventId: '3f2c1d8e-0c5e-4a53-9d3b-1f2e3a4b5c6d', recordedAt: '2023-06-20T02:00:00.000Z', recordedBy: 'wang.wu', correlationId: 'c-1' },
  data: { amountFen: 150_000, personTimes: 3 },
});

/** A whole file of `records`, with a right trailer unless one is given. */
function fileOf(records: readonly BackupRecord[], trailer?: BackupRecord): Readable {
  const checksum = new BackupChecksum();
  const body = records.map(lineOf).join('');
  checksum.add(body);
  const events = records.filter((r) => r.kind === 'event').length;
  const credentials = records.filter((r) => r.kind === 'credential').length;
  return Readable.from([gzipSync(body + lineOf(trailer ?? { kind: 'trailer', events, credentials, sha256: checksum.hex() }))]);
}

describe('a line of the backup file', () => {
  it('reads each kind of record back as it was written', () => {
    for (const record of [header(), anEventLine(), { kind: 'credential', accountId: 'a', usernameKey: 'li.si', passwordHash: '$argon2id$…', oneTime: true, setAt: '2024-01-01T00:00:00.000Z' } as const]) {
      expect(parseBackupLine(lineOf(record).trimEnd(), 2)).toEqual(record);
    }
  });

  it.each([
    ['not JSON', '{"kind":"event",', '备份文件第 7 行不是完整的 JSON。'],
    ['an array', '[1,2]', '备份文件第 7 行不是 JSON 对象。'],
    ['an unknown kind', '{"kind":"snapshot"}', '备份文件第 7 行的记录类型 "snapshot" 无法识别。'],
    ['an event without data', JSON.stringify({ ...anEventLine(), data: 'none' }), '备份文件第 7 行的事件内容不是 JSON 对象。'],
    ['an event without the metadata every event carries', JSON.stringify({ ...anEventLine(), metadata: { eventId: 'x' } }), '备份文件第 7 行的事件元数据缺少每个事件都有的字段。'],
    ['an event at version 0', JSON.stringify(anEventLine('ReliefGranted', 0)), '备份文件第 7 行的事件版本号无效。'],
    ['a credential without its hash', JSON.stringify({ kind: 'credential', accountId: 'a', usernameKey: 'li.si', oneTime: false, setAt: '2024-01-01T00:00:00Z' }), '备份文件第 7 行的账号凭据缺少账号、登录名或密码散列。'],
    ['a trailer with a short checksum', '{"kind":"trailer","events":1,"credentials":0,"sha256":"abc"}', '备份文件第 7 行的校验和无效。'],
  ])('refuses %s, naming the line', (_, text, message) => {
    expect(() => parseBackupLine(text, 7)).toThrow(new BackupFileError(message));
  });
});

describe('the sections of a backup file', () => {
  it('reads a sound file: its header, counts and event types', async () => {
    const summary = await verifyBackup(fileOf([header(), anEventLine(), anEventLine('ReliefVoided', 2)]));
    expect(summary).toEqual({ header: header(), events: 2, credentials: [], eventTypes: new Set(['ReliefGranted', 'ReliefVoided']), unpinnedEditions: new Set() });
  });

  it('refuses a format version it does not know', async () => {
    await expect(verifyBackup(fileOf([header(2), anEventLine()]))).rejects.toThrow('备份文件的格式版本是 2，本版本只能读取格式版本 1：请用与备份来源相同或更新的版本恢复。');
  });

  it('refuses an event after the credentials, and a file that does not start with its header', async () => {
    const credential: BackupRecord = { kind: 'credential', accountId: 'a', usernameKey: 'li.si', passwordHash: 'h', oneTime: false, setAt: '2024-01-01T00:00:00.000Z' };
    await expect(verifyBackup(fileOf([header(), credential, anEventLine()]))).rejects.toThrow('备份文件第 3 行的位置不对：文件头、事件、账号凭据应依次排列。');
    await expect(verifyBackup(fileOf([anEventLine(), header()]))).rejects.toThrow('这不是社区责任追踪系统的备份文件：第 1 行不是备份文件头。');
  });

  it('refuses a trailer whose counts do not match, even with the right checksum', async () => {
    const checksum = new BackupChecksum();
    checksum.add(lineOf(header()) + lineOf(anEventLine()));
    await expect(verifyBackup(fileOf([header(), anEventLine()], { kind: 'trailer', events: 2, credentials: 0, sha256: checksum.hex() }))).rejects.toThrow(
      '备份文件的计数不符：尾行记有 2 个事件、0 个账号凭据，文件中有 1 个、0 个。',
    );
  });

  it('refuses to restore events of kinds this version does not know', async () => {
    const summary = await verifyBackup(fileOf([header(), anEventLine('ReliefGranted'), anEventLine('BoothRenamed', 2)]));
    expect(() => checkRestorable(summary)).toThrow('备份文件里有本版本不认识的事件类型（BoothRenamed），它来自更新的版本 0.1.0：请用不低于它的版本恢复。没有写入任何数据。');
    expect(() => checkRestorable({ ...summary, eventTypes: new Set(['ReliefGranted', 'AccountCreated']) })).not.toThrow();
  });
});
