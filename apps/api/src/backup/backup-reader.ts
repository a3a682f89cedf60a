// Reads a backup file (backup-file.ts) as a stream, checking it whole: gzip's own integrity, every
// line, the order of the sections, the counts and the checksum of the trailer. A reader learns
// that the file is sound only when the reading ends without an error, so a restore verifies the
// whole file once before it writes anything, and reads it again (checked again) to write it.
import { assertNever } from '@tracker/domain';
import type { ImportedEvent } from '@tracker/event-store';
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { EditionPins, unpinnedEditionPosition } from './edition-pins';
import { BACKUP_FORMAT_VERSION, BackupChecksum, type BackupCredential, type BackupEvent, BackupFileError, type BackupHeader, type BackupRecord, parseBackupLine } from './backup-file';

const NEWLINE = 0x0a;
/** No tracker event comes near this (a request is at most 256 KiB); a longer line is a damaged file. */
const MAX_LINE_BYTES = 64 * 1024 * 1024;

export interface BackupSummary {
  readonly header: BackupHeader;
  readonly events: number;
  /** Few (one per account), so they are kept: the restore writes them after the events. */
  readonly credentials: readonly BackupCredential[];
  readonly eventTypes: ReadonlySet<string>;
  /** The positions old editions pin (edition-pins.ts): few, one per edition published before editions kept their event. */
  readonly unpinnedEditions: ReadonlySet<string>;
}

/** Where a record may stand: the header, then events, then credentials; the trailer ends the file. */
const SECTION_ORDER: Readonly<Record<Exclude<BackupRecord['kind'], 'trailer'>, number>> = { header: 0, event: 1, credential: 2 };

/** A backup file's bytes, as they lie on disk. */
export const backupFile = (path: string): Readable => createReadStream(path, { highWaterMark: 1024 * 1024 });

/** The lines of the decompressed file, each with its newline; the bytes after the last newline, if any, come last, without one. */
async function* linesOf(compressed: Readable): AsyncGenerator<Buffer> {
  let carry: Buffer | undefined;
  for await (const chunk of decompressed(compressed)) {
    let data: Buffer = carry ? Buffer.concat([carry, chunk]) : chunk;
    let start = 0;
    for (let end = data.indexOf(NEWLINE, start); end !== -1; end = data.indexOf(NEWLINE, start)) {
      yield data.subarray(start, end + 1);
      start = end + 1;
    }
    data = data.subarray(start);
    if (data.length > MAX_LINE_BYTES) throw new BackupFileError('备份文件已损坏：有一行长得不合常理。');
    carry = data.length > 0 ? Buffer.from(data) : undefined;
  }
  if (carry) yield carry;
}

async function* decompressed(compressed: Readable): AsyncGenerator<Buffer> {
  const gunzip = createGunzip();
  // pipe() forwards no error: a missing file or a cut download must end the reading too.
  compressed.once('error', (error) => gunzip.destroy(error));
  compressed.pipe(gunzip);
  try {
    for await (const chunk of gunzip) yield chunk as Buffer;
  } catch (error) {
    throw fileProblem(error);
  } finally {
    gunzip.destroy();
    compressed.destroy();
  }
}

function fileProblem(error: unknown): BackupFileError {
  if (error instanceof BackupFileError) return error;
  const { code, path } = error as NodeJS.ErrnoException;
  if (code === 'ENOENT') return new BackupFileError(`找不到备份文件 ${path ?? ''}。`);
  if (code === 'EACCES' || code === 'EISDIR') return new BackupFileError(`无法读取备份文件 ${path ?? ''}（${code}）。`);
  if (code === 'Z_BUF_ERROR') return new BackupFileError('备份文件不完整：压缩数据在中途结束，可能是下载或复制没有完成。');
  return new BackupFileError(`备份文件已损坏：它不是完整的 gzip 文件（${(error as Error).message}）。`);
}

/**
 * Every record of the file but the trailer, in file order; returns what the file holds once the
 * trailer has vouched for it. Throws BackupFileError at the first fault, which may be at the end.
 */
export async function* readBackup(compressed: Readable): AsyncGenerator<Exclude<BackupRecord, { kind: 'trailer' }>, BackupSummary> {
  const checksum = new BackupChecksum();
  let header: BackupHeader | undefined;
  const credentials: BackupCredential[] = [];
  const eventTypes = new Set<string>();
  const unpinnedEditions = new Set<string>();
  let events = 0;
  let section = -1;
  let lineNumber = 0;
  // One line of lookahead: the last line is the trailer, which the checksum leaves out.
  let pending: Buffer | undefined;
  const take = (line: Buffer): Exclude<BackupRecord, { kind: 'trailer' }> => {
    checksum.add(line);
    const record = parseBackupLine(line.toString('utf8', 0, line.length - 1), lineNumber);
    if (record.kind === 'trailer') throw new BackupFileError(`备份文件第 ${lineNumber} 行是尾行，但它后面还有内容：文件被改动过。`);
    if (lineNumber === 1 && record.kind !== 'header') throw new BackupFileError('这不是社区责任追踪系统的备份文件：第 1 行不是备份文件头。');
    if (SECTION_ORDER[record.kind] < section || (record.kind === 'header' && lineNumber > 1)) {
      throw new BackupFileError(`备份文件第 ${lineNumber} 行的位置不对：文件头、事件、账号凭据应依次排列。`);
    }
    section = SECTION_ORDER[record.kind];
    switch (record.kind) {
      case 'header':
        if (record.formatVersion !== BACKUP_FORMAT_VERSION) {
          throw new BackupFileError(`备份文件的格式版本是 ${record.formatVersion}，本版本只能读取格式版本 ${BACKUP_FORMAT_VERSION}：请用与备份来源相同或更新的版本恢复。`);
        }
        header = record;
        break;
      case 'event':
        events += 1;
        eventTypes.add(record.type);
        {
          const pinned = unpinnedEditionPosition(record);
          if (pinned !== undefined) unpinnedEditions.add(pinned);
        }
        break;
      case 'credential':
        credentials.push(record);
        break;
      default:
        return assertNever(record);
    }
    return record;
  };
  for await (const line of linesOf(compressed)) {
    if (pending) yield take(pending);
    lineNumber += 1;
    pending = line;
  }
  if (!pending || pending[pending.length - 1] !== NEWLINE) {
    throw new BackupFileError(`备份文件不完整：${lineNumber === 0 ? '文件是空的' : `第 ${lineNumber} 行没有写完`}，可能是下载或复制没有完成。`);
  }
  const trailer = parseBackupLine(pending.toString('utf8', 0, pending.length - 1), lineNumber);
  if (trailer.kind !== 'trailer') {
    if (lineNumber === 1 && trailer.kind !== 'header') throw new BackupFileError('这不是社区责任追踪系统的备份文件：第 1 行不是备份文件头。');
    throw new BackupFileError(`备份文件不完整：最后一行（第 ${lineNumber} 行）不是尾行，文件在中途被截断了。`);
  }
  if (!header) throw new BackupFileError('备份文件不完整：只有尾行，没有文件头。');
  if (trailer.sha256 !== checksum.hex()) throw new BackupFileError('备份文件的校验和不符：文件内容被改动过或已损坏。');
  if (trailer.events !== events || trailer.credentials !== credentials.length) {
    throw new BackupFileError(`备份文件的计数不符：尾行记有 ${trailer.events} 个事件、${trailer.credentials} 个账号凭据，文件中有 ${events} 个、${credentials.length} 个。`);
  }
  return { header, events, credentials, eventTypes, unpinnedEditions };
}

/** Reads the whole file once: what it holds, or the BackupFileError that refuses it. */
export async function verifyBackup(compressed: Readable): Promise<BackupSummary> {
  const reading = readBackup(compressed);
  for (;;) {
    const next = await reading.next();
    if (next.done) return next.value;
  }
}

const importedEventOf = (record: BackupEvent, pins: EditionPins): ImportedEvent => ({
  eventId: record.eventId,
  type: record.type,
  data: pins.dataOf(record),
  metadata: record.metadata,
  streamId: record.streamId,
  streamVersion: record.streamVersion,
  recordedAt: new Date(record.recordedAt),
});

/**
 * The file's events, for `importEvents`. The file is checked again as it is read, and a fault
 * (the file changed since it was verified) ends the import with an error, which a transactional
 * store answers by writing nothing. Editions that pin a position only are upcast (edition-pins.ts).
 */
export async function* backupEvents(compressed: Readable, unpinnedEditions: ReadonlySet<string>, onEvent: (count: number) => void = () => undefined): AsyncGenerator<ImportedEvent> {
  const pins = new EditionPins(unpinnedEditions);
  let count = 0;
  for await (const record of readBackup(compressed)) {
    if (record.kind !== 'event') continue;
    yield importedEventOf(record, pins);
    onEvent((count += 1));
  }
}
