// The steps of a Postgres append, each on a connection the caller chooses: the adapter runs them
// on its pool and retries, and test support runs them inside a transaction it holds open.
import type { ClientBase } from 'pg';
import type { StoredEventRef } from '../append-rules';
import { expectedVersionHolds, normalizeEvents, resolveRepeat, serializeJson, validateExpectedVersion, validateStreamId } from '../append-rules';
import type { AppendResult, ExpectedVersion, NewEvent } from '../event-store.port';
import { ConcurrencyError, DuplicateEventError, InvalidEventStoreRequestError, START_OF_LOG } from '../event-store.port';
import { APPEND_STATEMENT, FAST_STATEMENTS, GROUP_APPEND_STATEMENT, STREAM_HEAD_SQL } from './append-sql';

export type Queryable = Pick<ClientBase, 'query'>;

/**
 * Above this many characters of JSON a batch takes APPEND_SQL: the fast statements send the
 * batch as one jsonb array, and one jsonb value cannot exceed 256 MB (a character takes up to
 * 3 bytes in UTF-8).
 */
export const FAST_APPEND_MAX_CHARS = 32 * 1024 * 1024;

export interface PreparedAppend {
  readonly batch: readonly NewEvent[];
  readonly expectedVersion: ExpectedVersion;
  readonly data: readonly string[];
  readonly metadata: readonly string[];
  /** Length of every serialized document together. */
  readonly chars: number;
}

interface StoredRow {
  eventId: string;
  streamId: string;
  streamVersion: number;
  type: string;
  globalPosition: string;
  transactionId: string;
}

interface AppendRow {
  current_version: number;
  last_version: number | null;
  last_position: string | null;
  transaction_id: string | null;
  stored: StoredRow[] | null;
}

export function prepareAppend(streamId: string, events: readonly NewEvent[], expectedVersion: ExpectedVersion): PreparedAppend {
  validateStreamId(streamId);
  validateExpectedVersion(expectedVersion);
  const batch = normalizeEvents(streamId, events);
  const data = batch.map((event) => serializeJson(event.data, event.eventId, 'data'));
  const metadata = batch.map((event) => serializeJson(event.metadata, event.eventId, 'metadata'));
  let chars = 0;
  for (const text of data) chars += text.length;
  for (const text of metadata) chars += text.length;
  return { batch, expectedVersion, data, metadata, chars };
}

/** The batch written, or undefined when nothing was: then APPEND_SQL says why. */
export async function runFastAppend(db: Queryable, streamId: string, request: PreparedAppend): Promise<AppendResult | undefined> {
  const { batch, data, metadata, expectedVersion } = request;
  const one = batch.length === 1 ? batch[0] : undefined;
  const events = one
    ? [one.eventId, one.type, data[0], metadata[0]]
    : [batch.map((event) => event.eventId), batch.map((event) => event.type), `[${data.join(',')}]`, `[${metadata.join(',')}]`];
  const first = expectedVersion === 'no_stream' || expectedVersion === 0;
  const statement = FAST_STATEMENTS[first ? 'first' : 'checked'][one ? 'one' : 'batch'];
  const values = first ? [streamId, ...events] : [...expectationValues(streamId, expectedVersion), ...events];
  const result = await db.query<Pick<AppendRow, 'last_version' | 'last_position' | 'transaction_id'>>({ ...statement, values });
  const row = result.rows[0];
  if (!row || row.last_version === null || row.last_position === null || row.transaction_id === null) return undefined;
  return {
    nextExpectedVersion: row.last_version,
    lastPosition: { transactionId: BigInt(row.transaction_id), globalPosition: BigInt(row.last_position) },
    written: true,
  };
}

/** The complete append: writes the batch, or recognises a repeat, or reports the clash. */
export async function runAppend(db: Queryable, streamId: string, request: PreparedAppend): Promise<AppendResult> {
  const { batch, expectedVersion } = request;
  const result = await db.query<AppendRow>({ ...APPEND_STATEMENT, values: appendValues(streamId, request) });
  const row = result.rows[0];
  if (!row) throw new Error('The append statement returned no row.');
  if (row.stored) return resolveRepeat(streamId, batch, toStoredRefs(row.stored));
  if (row.last_version === null || row.last_position === null || row.transaction_id === null) {
    throw new ConcurrencyError(streamId, expectedVersion, row.current_version);
  }
  return {
    nextExpectedVersion: row.last_version,
    lastPosition: { transactionId: BigInt(row.transaction_id), globalPosition: BigInt(row.last_position) },
    written: true,
  };
}

/** One caller's append inside a coalesced group. */
export interface GroupMember {
  readonly streamId: string;
  readonly request: PreparedAppend;
}

/**
 * What became of one member of a group:
 * - `settled`: written, or recognised as an idempotent repeat;
 * - `refused`: its expectation failed (ConcurrencyError) or its ids clash (DuplicateEventError);
 * - `raced`: a concurrent writer took its version or one of its ids after the statement's
 *   snapshot, so it wrote nothing: run it alone, which re-reads and decides.
 */
export type GroupOutcome =
  | { readonly kind: 'settled'; readonly result: AppendResult }
  | { readonly kind: 'refused'; readonly error: Error }
  | { readonly kind: 'raced' };

interface GroupRow extends AppendRow {
  k: number;
  holds: boolean;
}

/** GROUP_APPEND_SQL for several callers' appends (distinct streams, distinct ids): one outcome each, in order. */
export async function runGroupAppend(db: Queryable, members: readonly GroupMember[]): Promise<GroupOutcome[]> {
  const streams: string[] = [];
  const kinds: string[] = [];
  const exacts: (number | null)[] = [];
  const appendIndexes: number[] = [];
  const indexesInAppend: number[] = [];
  const eventIds: string[] = [];
  const types: string[] = [];
  const data: string[] = [];
  const metadata: string[] = [];
  members.forEach(({ streamId, request }, index) => {
    const [, kind, exact] = expectationValues(streamId, request.expectedVersion);
    streams.push(streamId);
    kinds.push(kind);
    exacts.push(exact);
    request.batch.forEach((event, position) => {
      appendIndexes.push(index + 1);
      indexesInAppend.push(position + 1);
      eventIds.push(event.eventId);
      types.push(event.type);
    });
    data.push(...request.data);
    metadata.push(...request.metadata);
  });
  const values = [streams, kinds, exacts, appendIndexes, indexesInAppend, eventIds, types, `[${data.join(',')}]`, `[${metadata.join(',')}]`];
  const result = await db.query<GroupRow>({ ...GROUP_APPEND_STATEMENT, values });
  return members.map(({ streamId, request }, index): GroupOutcome => {
    const row = result.rows[index];
    if (!row || row.k !== index + 1) throw new Error('The group append statement returned no row for an append.');
    if (row.stored) {
      try {
        return { kind: 'settled', result: resolveRepeat(streamId, request.batch, toStoredRefs(row.stored)) };
      } catch (error) {
        if (error instanceof DuplicateEventError) return { kind: 'refused', error };
        throw error;
      }
    }
    if (row.last_version !== null && row.last_position !== null && row.transaction_id !== null) {
      const lastPosition = { transactionId: BigInt(row.transaction_id), globalPosition: BigInt(row.last_position) };
      return { kind: 'settled', result: { nextExpectedVersion: row.last_version, lastPosition, written: true } };
    }
    if (!row.holds) return { kind: 'refused', error: new ConcurrencyError(streamId, request.expectedVersion, row.current_version) };
    return { kind: 'raced' };
  });
}

function toStoredRefs(rows: readonly StoredRow[]): StoredEventRef[] {
  return rows.map((ref) => ({
    eventId: ref.eventId,
    streamId: ref.streamId,
    streamVersion: ref.streamVersion,
    type: ref.type,
    position: { transactionId: BigInt(ref.transactionId), globalPosition: BigInt(ref.globalPosition) },
  }));
}

/** An empty append writes nothing but still checks the expectation. */
export async function checkOnly(db: Queryable, streamId: string, expectedVersion: ExpectedVersion): Promise<AppendResult> {
  const result = await db.query<{ stream_version: number; global_position: string; transaction_id: string }>(STREAM_HEAD_SQL, [streamId]);
  const head = result.rows[0];
  const currentVersion = head?.stream_version ?? 0;
  if (!expectedVersionHolds(expectedVersion, currentVersion)) throw new ConcurrencyError(streamId, expectedVersion, currentVersion);
  return {
    nextExpectedVersion: currentVersion,
    lastPosition: head ? { transactionId: BigInt(head.transaction_id), globalPosition: BigInt(head.global_position) } : START_OF_LOG,
    written: false,
  };
}

/** The ConcurrencyError of a lost race, with the stream's version as it now stands (read through `db`). */
export async function clash(db: Queryable, streamId: string, expectedVersion: ExpectedVersion): Promise<ConcurrencyError> {
  const result = await db.query<{ stream_version: number }>(STREAM_HEAD_SQL, [streamId]);
  return new ConcurrencyError(streamId, expectedVersion, result.rows[0]?.stream_version ?? 0);
}

/** $1..$3 of every append statement: the stream, the kind of expectation and the exact version. */
function expectationValues(streamId: string, expectedVersion: ExpectedVersion): [string, string, number | null] {
  return typeof expectedVersion === 'number' ? [streamId, 'exact', expectedVersion] : [streamId, expectedVersion, null];
}

/** APPEND_SQL's parameters. */
function appendValues(streamId: string, request: PreparedAppend): unknown[] {
  const { batch } = request;
  return [
    ...expectationValues(streamId, request.expectedVersion),
    batch.map((event) => event.eventId),
    batch.map((event) => event.type),
    request.data,
    request.metadata,
  ];
}

interface PgError {
  readonly code: string;
  readonly constraint?: string;
  readonly message: string;
}

function isPgError(error: unknown): error is PgError {
  return error instanceof Error && typeof (error as Partial<PgError>).code === 'string';
}

/** A unique violation on the constraints a concurrent writer can hit: same version, or same event id. */
export function isUniqueViolation(error: unknown): error is PgError {
  return (
    isPgError(error) &&
    error.code === '23505' &&
    (error.constraint === 'events_stream_version_key' || error.constraint === 'events_event_id_key')
  );
}

/** Input Postgres refuses (text it cannot encode, a bad uuid) is the caller's mistake, not a server fault. */
export function translateError(error: unknown): unknown {
  if (isPgError(error) && (error.code === '22P02' || error.code === '22P05' || error.code === '22021')) {
    return new InvalidEventStoreRequestError(`Postgres refused the events: ${error.message}`);
  }
  return error;
}
