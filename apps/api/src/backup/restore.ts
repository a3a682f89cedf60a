// The restore (docs/design.md §19): a verified backup file into an EMPTY database, before the tracker's
// first start there. The events go in through the event store's import (original ids, order and
// metadata), then the credentials as they were; the first start finds its accounts and builds the
// read model from the first event, as after any rebuild.
import { isTrackerEventType } from '@tracker/domain';
import type { EventStore } from '@tracker/event-store';
import { EventStoreNotEmptyError } from '@tracker/event-store';
import { AccountsDatabase } from '../accounts/store/accounts-database';
import { CredentialStore } from '../accounts/store/credential-store';
import type { AppConfig } from '../config/app-config';
import { createEventStore } from '../runtime/event-store-factory';
import type { BackupCredential } from './backup-file';
import { type BackupSummary, backupEvents, backupFile } from './backup-reader';

/** A restore the target or the file does not allow; the message says why, in Chinese. Nothing was written. */
export class RestoreRefusedError extends Error {
  override readonly name = 'RestoreRefusedError';
}

/** A restore that failed after it began to write; the message says what to do. */
export class RestoreFailedError extends Error {
  override readonly name = 'RestoreFailedError';
}

export interface RestoreTarget {
  readonly config: AppConfig;
  /** The PostgreSQL of the read model and the accounts (and, with EVENT_STORE=postgres, of the events). */
  readonly connectionString: string;
}

export interface RestoreReport {
  readonly events: number;
  readonly credentials: number;
}

const EMPTY_TARGET = '恢复只写入空的数据库，什么也没有改动。请用一个新的 DATA_DIR，或一个空的 DATABASE_URL（用 KurrentDB 时还需要一个空的 KurrentDB）。';

/** Checked before any database is opened: this tracker must know every kind of event the file holds. */
export function checkRestorable(summary: BackupSummary): void {
  const unknown = [...summary.eventTypes].filter((type) => !isTrackerEventType(type)).sort();
  if (unknown.length > 0) {
    throw new RestoreRefusedError(
      `备份文件里有本版本不认识的事件类型（${unknown.join('、')}），它来自更新的版本 ${summary.header.trackerVersion}：请用不低于它的版本恢复。没有写入任何数据。`,
    );
  }
}

/** Restores the file at `path`, already verified as `summary`, into `target`; reports each 100,000 events to `progress`. */
export async function restoreBackup(path: string, summary: BackupSummary, target: RestoreTarget, progress: (events: number) => void): Promise<RestoreReport> {
  const accounts = new AccountsDatabase(target.connectionString);
  let store: EventStore | undefined;
  try {
    // The tables of a tracker of this version exist already; on an empty database they are created, as a first start would.
    await accounts.onModuleInit();
    const credentials = new CredentialStore(accounts);
    if ((await credentials.all()).length > 0) throw new RestoreRefusedError(`目标数据库里已经有账号。${EMPTY_TARGET}`);
    store = await createEventStore(target.config, target.connectionString);
    if ((await store.readAll({ limit: 1 })).events.length > 0) throw new RestoreRefusedError(`目标数据库里已经有事件。${EMPTY_TARGET}`);
    const imported = await importOrExplain(store, path, summary.unpinnedEditions, progress);
    await credentials.restore(summary.credentials.map(credentialOf)).catch((error: unknown) => {
      throw new RestoreFailedError(`事件已恢复，但账号凭据没有写入（${(error as Error).message}）。请换一个新的 DATA_DIR 或清空数据库后重新恢复。`);
    });
    return { events: imported, credentials: summary.credentials.length };
  } finally {
    await store?.close();
    await accounts.onModuleDestroy();
  }
}

async function importOrExplain(store: EventStore, path: string, unpinnedEditions: ReadonlySet<string>, progress: (events: number) => void): Promise<number> {
  try {
    const result = await store.importEvents(backupEvents(backupFile(path), unpinnedEditions, (count) => count % 100_000 === 0 && progress(count)));
    return result.events;
  } catch (error) {
    // Another process appended between the check and the import's lock.
    if (error instanceof EventStoreNotEmptyError) throw new RestoreRefusedError(`目标数据库里已经有事件。${EMPTY_TARGET}`);
    const undone = '用 PostgreSQL 存事件时，这次写入的事件已全部撤销；用 KurrentDB 时，出错之前的事件已经写入';
    throw new RestoreFailedError(`恢复事件时出错（${(error as Error).message}）。${undone}。请换一个新的 DATA_DIR 或清空数据库后重新恢复。`);
  }
}

const credentialOf = (record: BackupCredential) => ({
  accountId: record.accountId,
  usernameKey: record.usernameKey,
  passwordHash: record.passwordHash,
  oneTime: record.oneTime,
  setAt: new Date(record.setAt),
});
