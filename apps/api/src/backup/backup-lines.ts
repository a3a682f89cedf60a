// Writes a backup (backup-file.ts) as a stream of lines: the log is read a page at a time and each
// page is handed on before the next is read, so a backup of millions of events holds one page.
import type { EventStore, RecordedEvent } from '@tracker/event-store';
import { START_OF_LOG, formatPosition } from '@tracker/event-store';
import type { Credential } from '../accounts/store/credential-store';
import type { EventStoreKind } from '../config/app-config';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BackupChecksum, type BackupRecord, lineOf } from './backup-file';

/**
 * Events per readAll page. Small, so that a page's objects die young: at 2,000 a page outlived the
 * wait for the next one, was promoted, and the api's RSS swung 150 → 430 MB during a 1M-event
 * backup; at 100 it stays within ~20 MB of where it was, in the same ~25 s (bench/run.mjs backup).
 */
const PAGE_SIZE = 100;

export interface BackupSource {
  readonly store: EventStore;
  readonly credentials: () => Promise<readonly Credential[]>;
  readonly eventStore: EventStoreKind;
  readonly trackerVersion: string;
  readonly now: () => Date;
}

const eventRecord = (event: RecordedEvent): BackupRecord => ({
  kind: 'event',
  position: formatPosition(event.position),
  streamId: event.streamId,
  streamVersion: event.streamVersion,
  eventId: event.eventId,
  type: event.type,
  recordedAt: event.recordedAt.toISOString(),
  metadata: event.metadata,
  data: event.data,
});

const credentialRecord = (credential: Credential): BackupRecord => ({
  kind: 'credential',
  accountId: credential.accountId,
  usernameKey: credential.usernameKey,
  passwordHash: credential.passwordHash,
  oneTime: credential.oneTime,
  setAt: credential.setAt.toISOString(),
});

/**
 * Every line of a backup, trailer last. The log is read to its end as it stands when the reading
 * catches up; the credentials are read after it, so every account in the log finds its password
 * (an account created meanwhile leaves a credential without events, which is no account).
 */
export async function* backupLines(source: BackupSource): AsyncGenerator<string> {
  const checksum = new BackupChecksum();
  const emit = (record: BackupRecord): string => {
    const line = lineOf(record);
    checksum.add(line);
    return line;
  };
  yield emit({
    kind: 'header',
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt: source.now().toISOString(),
    trackerVersion: source.trackerVersion,
    eventStore: source.eventStore,
  });
  let events = 0;
  for (let after = START_OF_LOG; ; ) {
    const page = await source.store.readAll({ after, limit: PAGE_SIZE });
    if (page.events.length === 0) break;
    // One chunk per page: a million small writes would cost more than the page itself.
    yield page.events.map((event) => emit(eventRecord(event))).join('');
    events += page.events.length;
    after = page.next;
  }
  const credentials = await source.credentials();
  if (credentials.length > 0) yield credentials.map((credential) => emit(credentialRecord(credential))).join('');
  yield lineOf({ kind: 'trailer', events, credentials: credentials.length, sha256: checksum.hex() });
}
