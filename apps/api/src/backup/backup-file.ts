// The backup file (docs/design.md §19): gzip'd NDJSON, one record per line, in this order:
//   header      what wrote it: format and its version, when, which tracker version, which event store
//   event …     every event in log order, with its metadata
//   credential  every account's password hash, as stored
//   trailer     the counts, and the SHA-256 of every byte before the trailer line (uncompressed)
// This file says what each line holds and checks one line at a time; backup-reader.ts checks the
// order, the counts and the checksum of a whole file.
import { assertNever } from '@tracker/domain';
import { type EventMetadata, type JsonObject, isEventMetadata } from '@tracker/event-store';
import { createHash, type Hash } from 'node:crypto';
import type { EventStoreKind } from '../config/app-config';

export const BACKUP_FORMAT = 'tracker-backup';
export const BACKUP_FORMAT_VERSION = 1;

export interface BackupHeader {
  readonly kind: 'header';
  readonly format: typeof BACKUP_FORMAT;
  readonly formatVersion: number;
  readonly createdAt: string;
  readonly trackerVersion: string;
  readonly eventStore: EventStoreKind;
}

export interface BackupEvent {
  readonly kind: 'event';
  /** Where it stood in the source's log: informative only, the target gives positions anew. */
  readonly position: string;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly eventId: string;
  readonly type: string;
  readonly recordedAt: string;
  readonly metadata: EventMetadata;
  readonly data: JsonObject;
}

export interface BackupCredential {
  readonly kind: 'credential';
  readonly accountId: string;
  readonly usernameKey: string;
  readonly passwordHash: string;
  readonly oneTime: boolean;
  readonly setAt: string;
}

export interface BackupTrailer {
  readonly kind: 'trailer';
  readonly events: number;
  readonly credentials: number;
  /** Hex SHA-256 of every byte before the trailer line, uncompressed. */
  readonly sha256: string;
}

export type BackupRecord = BackupHeader | BackupEvent | BackupCredential | BackupTrailer;

/** A file the restore refuses; the message says why, in Chinese, for the operator. */
export class BackupFileError extends Error {
  override readonly name = 'BackupFileError';
}

/** One record as its line, newline included. */
export const lineOf = (record: BackupRecord): string => `${JSON.stringify(record)}\n`;

/** The running checksum of a file as it is written or read: the bytes of every line before the trailer. */
export class BackupChecksum {
  private readonly hash: Hash = createHash('sha256');

  add(line: string | Buffer): void {
    this.hash.update(line);
  }

  hex(): string {
    return this.hash.digest('hex');
  }
}

type Fields = Readonly<Record<string, unknown>>;
type Kind = BackupRecord['kind'];
const KINDS: readonly Kind[] = ['header', 'event', 'credential', 'trailer'];

const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
/** What JSON.parse made of an object is a JSON object. */
const isJsonObject = (value: unknown): value is JsonObject => isObject(value);
const isKind = (value: unknown): value is Kind => KINDS.some((kind) => kind === value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
const isInstant = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));
const isEventStoreKind = (value: unknown): value is EventStoreKind => value === 'postgres' || value === 'kurrentdb';

/** Parses and checks line `lineNumber` (1-based, as an editor shows it). */
export function parseBackupLine(text: string, lineNumber: number): BackupRecord {
  const refuse = (why: string): BackupFileError => new BackupFileError(`备份文件第 ${lineNumber} 行${why}。`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw refuse('不是完整的 JSON');
  }
  if (!isObject(value)) throw refuse('不是 JSON 对象');
  const record = checkRecord(value);
  if (typeof record === 'string') throw refuse(record);
  return record;
}

/** The record, or what is wrong with it. */
function checkRecord(value: Fields): BackupRecord | string {
  const kind = value['kind'];
  if (!isKind(kind)) return `的记录类型 ${JSON.stringify(kind)} 无法识别`;
  switch (kind) {
    case 'header': {
      const { format, formatVersion, createdAt, trackerVersion, eventStore } = value;
      if (format !== BACKUP_FORMAT) return '不是社区责任追踪系统的备份文件头';
      if (!isCount(formatVersion)) return '的格式版本无法识别';
      if (!isInstant(createdAt) || !isText(trackerVersion)) return '缺少备份时间或系统版本';
      if (!isEventStoreKind(eventStore)) return '的事件存储类型无法识别';
      return { kind, format, formatVersion, createdAt, trackerVersion, eventStore };
    }
    case 'event': {
      const { position, streamId, streamVersion, eventId, type, recordedAt, metadata, data } = value;
      if (!isText(position) || !isText(streamId) || !isText(eventId) || !isText(type)) return '的事件缺少位置、流、编号或类型';
      if (!isCount(streamVersion) || streamVersion < 1) return '的事件版本号无效';
      if (!isInstant(recordedAt)) return '的事件记录时间无效';
      if (!isJsonObject(data)) return '的事件内容不是 JSON 对象';
      if (!isEventMetadata(metadata)) return '的事件元数据缺少每个事件都有的字段';
      return { kind, position, streamId, streamVersion, eventId, type, recordedAt, metadata, data };
    }
    case 'credential': {
      const { accountId, usernameKey, passwordHash, oneTime, setAt } = value;
      if (!isText(accountId) || !isText(usernameKey) || !isText(passwordHash)) return '的账号凭据缺少账号、登录名或密码散列';
      if (typeof oneTime !== 'boolean' || !isInstant(setAt)) return '的账号凭据缺少一次性标记或设置时间';
      return { kind, accountId, usernameKey, passwordHash, oneTime, setAt };
    }
    case 'trailer': {
      const { events, credentials, sha256 } = value;
      if (!isCount(events) || !isCount(credentials)) return '的计数无效';
      if (typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256)) return '的校验和无效';
      return { kind, events, credentials, sha256 };
    }
    default:
      return assertNever(kind);
  }
}
