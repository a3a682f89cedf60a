// Append rules shared by every adapter, so that in-memory and Postgres agree on validation,
// expected-version checks and what counts as an idempotent repeat.
import type { AllPosition, AppendResult, ExpectedVersion, ImportedEvent, NewEvent, ReadAllOptions } from './event-store.port';
import { DuplicateEventError, InvalidEventStoreRequestError } from './event-store.port';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_STREAM_ID_LENGTH = 512;

/** An event already in the store whose id an append names again. */
export interface StoredEventRef {
  readonly eventId: string;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly type: string;
  readonly position: AllPosition;
}

export function validateStreamId(streamId: string): void {
  if (typeof streamId !== 'string' || streamId.length === 0 || streamId.length > MAX_STREAM_ID_LENGTH) {
    throw new InvalidEventStoreRequestError(`A stream id is a non-empty string of at most ${MAX_STREAM_ID_LENGTH} characters.`);
  }
}

/** Checks every id of a multi-stream read and drops repeats (a stream read twice is read once). */
export function uniqueStreamIds(streamIds: readonly string[]): readonly string[] {
  if (!Array.isArray(streamIds)) throw new InvalidEventStoreRequestError('readStreams needs an array of stream ids.');
  for (const streamId of streamIds) validateStreamId(streamId);
  return [...new Set(streamIds)];
}

export function validateExpectedVersion(expected: ExpectedVersion): void {
  if (expected === 'any' || expected === 'no_stream' || expected === 'stream_exists') return;
  if (typeof expected === 'number' && Number.isSafeInteger(expected) && expected >= 0 && expected <= 2_147_483_647) return;
  throw new InvalidEventStoreRequestError(`Not an expected version: ${JSON.stringify(expected)}.`);
}

/**
 * Checks the batch and returns it with event ids in canonical (lower-case) form, which is how
 * Postgres stores a uuid. Ids repeated inside one batch are refused: they cannot both be written.
 */
export function normalizeEvents(streamId: string, events: readonly NewEvent[]): readonly NewEvent[] {
  const seen = new Set<string>();
  const repeated: string[] = [];
  const normalized = events.map((event) => {
    if (typeof event.eventId !== 'string' || !UUID.test(event.eventId)) {
      throw new InvalidEventStoreRequestError(`Event id ${JSON.stringify(event.eventId)} is not a uuid.`);
    }
    if (typeof event.type !== 'string' || event.type.length === 0) {
      throw new InvalidEventStoreRequestError(`Event ${event.eventId} has no type.`);
    }
    if (!isPlainObject(event.data) || !isPlainObject(event.metadata)) {
      throw new InvalidEventStoreRequestError(`Event ${event.eventId}: data and metadata must be JSON objects.`);
    }
    const eventId = event.eventId.toLowerCase();
    if (seen.has(eventId)) repeated.push(eventId);
    seen.add(eventId);
    return eventId === event.eventId ? event : { ...event, eventId };
  });
  if (repeated.length > 0) throw new DuplicateEventError(streamId, repeated, 'the same event id appears twice in one append');
  return normalized;
}

/**
 * What jsonb refuses, as it appears in JSON.stringify output: an escaped NUL (\\u0000) or an
 * escaped lone surrogate (\\ud800-\\udfff; JSON.stringify writes valid pairs as characters).
 * The odd run of backslashes before "u" tells an escape from a literal backslash.
 */
const JSONB_UNSTORABLE = /(?:^|[^\\])(?:\\\\)*\\u(?:0000|d[89a-f][0-9a-f]{2})/;

/**
 * Serializes data or metadata. Refuses what jsonb cannot store (NUL characters, unpaired
 * surrogates), so that every adapter accepts exactly the same payloads.
 */
export function serializeJson(value: unknown, eventId: string, what: 'data' | 'metadata'): string {
  const text = JSON.stringify(value);
  if (JSONB_UNSTORABLE.test(text)) {
    throw new InvalidEventStoreRequestError(`Event ${eventId}: ${what} contains a NUL character or an unpaired surrogate, which jsonb cannot store.`);
  }
  return text;
}

export function expectedVersionHolds(expected: ExpectedVersion, currentVersion: number): boolean {
  switch (expected) {
    case 'any':
      return true;
    case 'no_stream':
      return currentVersion === 0;
    case 'stream_exists':
      return currentVersion > 0;
    default:
      return currentVersion === expected;
  }
}

/**
 * Decides what an append whose ids are (partly) stored already means. `stored` holds the stored
 * events for those ids, in any order. Returns the original result for an exact repeat; throws
 * DuplicateEventError otherwise (see its doc comment for the rule).
 */
export function resolveRepeat(streamId: string, events: readonly NewEvent[], stored: readonly StoredEventRef[]): AppendResult {
  const byId = new Map(stored.map((ref) => [ref.eventId, ref]));
  const duplicateIds = events.filter((event) => byId.has(event.eventId)).map((event) => event.eventId);
  if (duplicateIds.length < events.length) {
    throw new DuplicateEventError(streamId, duplicateIds, 'the append mixes new events with events stored earlier');
  }
  let previous: StoredEventRef | undefined;
  for (const event of events) {
    const ref = byId.get(event.eventId);
    if (!ref) throw new DuplicateEventError(streamId, duplicateIds, 'the append mixes new events with events stored earlier');
    if (ref.streamId !== streamId) {
      throw new DuplicateEventError(streamId, duplicateIds, `event ${ref.eventId} is stored in stream ${ref.streamId}`);
    }
    if (ref.type !== event.type) {
      throw new DuplicateEventError(streamId, duplicateIds, `event ${ref.eventId} was stored with type ${ref.type}, not ${event.type}`);
    }
    if (previous && ref.streamVersion !== previous.streamVersion + 1) {
      throw new DuplicateEventError(streamId, duplicateIds, 'the stored events are not in this order at consecutive versions');
    }
    previous = ref;
  }
  if (!previous) throw new Error('resolveRepeat needs at least one event');
  return { nextExpectedVersion: previous.streamVersion, lastPosition: previous.position, written: false };
}

export function validateReadAll(options: ReadAllOptions): void {
  if (!Number.isSafeInteger(options.limit) || options.limit < 1) {
    throw new InvalidEventStoreRequestError(`readAll needs a positive integer limit, got ${String(options.limit)}.`);
  }
}

export function validateFrom(from: number | undefined): number {
  const value = from ?? 1;
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new InvalidEventStoreRequestError(`readStream's "from" is a stream version (1 or more), got ${String(from)}.`);
  }
  return value;
}

function isPlainObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * An imported event that passed the checks, with its data and metadata serialized once. Flat, so
 * that a batch waiting for its insert holds two strings per event, not the parsed documents.
 */
export interface CheckedImport {
  /** In canonical (lower-case) form. */
  readonly eventId: string;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly type: string;
  readonly recordedAt: Date;
  readonly data: string;
  readonly metadata: string;
}

/**
 * Checks one event of an import as an append checks its events (id, type, JSON objects, what jsonb
 * cannot store), plus its stream, version and time.
 */
export function checkImportedEvent(event: ImportedEvent): CheckedImport {
  validateStreamId(event.streamId);
  if (!Number.isSafeInteger(event.streamVersion) || event.streamVersion < 1 || event.streamVersion > 2_147_483_647) {
    throw new InvalidEventStoreRequestError(`Event ${String(event.eventId)}: ${JSON.stringify(event.streamVersion)} is not a stream version.`);
  }
  if (!(event.recordedAt instanceof Date) || Number.isNaN(event.recordedAt.getTime())) {
    throw new InvalidEventStoreRequestError(`Event ${String(event.eventId)}: recordedAt is not a valid time.`);
  }
  const [normalized] = normalizeEvents(event.streamId, [event]) as [NewEvent];
  return {
    eventId: normalized.eventId,
    streamId: event.streamId,
    streamVersion: event.streamVersion,
    type: event.type,
    recordedAt: event.recordedAt,
    data: serializeJson(normalized.data, normalized.eventId, 'data'),
    metadata: serializeJson(normalized.metadata, normalized.eventId, 'metadata'),
  };
}

/** An imported event must land exactly where it stood: the next version of its stream. */
export function notNextVersion(event: Pick<ImportedEvent, 'eventId' | 'streamId' | 'streamVersion'>, currentVersion: number): InvalidEventStoreRequestError {
  return new InvalidEventStoreRequestError(
    `Event ${event.eventId} is version ${event.streamVersion} of stream ${event.streamId}, but that stream is at version ${currentVersion}: an import must give each stream its versions in order.`,
  );
}
