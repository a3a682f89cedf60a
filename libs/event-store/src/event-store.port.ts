// The event store port (docs/design.md §4). Every adapter (Postgres, KurrentDB, in-memory) implements
// this interface and must pass the one shared contract suite in ./contract.

/** JSON that survives a round trip through jsonb byte-for-byte in meaning. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };
export type JsonObject = { readonly [key: string]: JsonValue };

/** Metadata every event carries (docs/design.md §3). */
export interface EventMetadata {
  readonly eventId: string;
  /** Server clock, ISO-8601 instant. */
  readonly recordedAt: string;
  /** The token's subject. */
  readonly recordedBy: string;
  readonly correlationId: string;
  readonly idempotencyKey?: string;
  readonly [extra: string]: JsonValue | undefined;
}

/** True for metadata that carries the fields every event carries (docs/design.md §3). */
export function isEventMetadata(value: unknown): value is EventMetadata {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { eventId, recordedAt, recordedBy, correlationId, idempotencyKey } = value as Record<string, unknown>;
  return (
    typeof eventId === 'string' &&
    typeof recordedAt === 'string' &&
    typeof recordedBy === 'string' &&
    typeof correlationId === 'string' &&
    (idempotencyKey === undefined || typeof idempotencyKey === 'string')
  );
}

/** An event as handed to `appendToStream`. `eventId` is chosen by the caller so that retries are idempotent. */
export interface NewEvent {
  readonly eventId: string;
  readonly type: string;
  readonly data: JsonObject;
  readonly metadata: EventMetadata;
}

/**
 * Where an event sits in the global log. The cursor is a *tuple*: Postgres orders `$all` by
 * (transaction id, global position), because a bare position cursor loses events whose
 * transactions commit out of order. KurrentDB maps its (commit, prepare) position onto it.
 */
export interface AllPosition {
  readonly transactionId: bigint;
  readonly globalPosition: bigint;
}

/** Before the first event of the log. */
export const START_OF_LOG: AllPosition = Object.freeze({ transactionId: 0n, globalPosition: 0n });

export interface RecordedEvent extends NewEvent {
  readonly streamId: string;
  /** 1 for the first event of a stream. */
  readonly streamVersion: number;
  readonly position: AllPosition;
  readonly recordedAt: Date;
}

/**
 * What the caller believes about the stream:
 * - `'any'`: no check;
 * - `'no_stream'`: the stream must not exist yet;
 * - `'stream_exists'`: the stream must have at least one event;
 * - a number: the stream's current version must be exactly this (0 means "no events yet").
 */
export type ExpectedVersion = 'any' | 'no_stream' | 'stream_exists' | number;

export interface AppendResult {
  /** The stream's version after the append: pass it as the next `expectedVersion`. */
  readonly nextExpectedVersion: number;
  /** Global position of the last event written (or, for an idempotent repeat, originally written). */
  readonly lastPosition: AllPosition;
  /** False when every event id was already stored: the append was an idempotent no-op. */
  readonly written: boolean;
}

export interface ReadStreamOptions {
  /** First stream version to return (inclusive); defaults to 1. */
  readonly from?: number;
}

export interface ReadAllOptions {
  /** Return events strictly after this position; defaults to START_OF_LOG. */
  readonly after?: AllPosition;
  readonly limit: number;
}

export interface ReadAllPage {
  readonly events: readonly RecordedEvent[];
  /** Pass as `after` to continue. Equals the input position when nothing new is visible yet. */
  readonly next: AllPosition;
}

/**
 * An event as a backup keeps it, for `importEvents`: what was appended, the stream version it
 * stood at, and when the store recorded it. Its log position is the store's to give anew.
 */
export interface ImportedEvent extends NewEvent {
  readonly streamId: string;
  readonly streamVersion: number;
  readonly recordedAt: Date;
}

export interface ImportResult {
  readonly events: number;
  /** Position of the last event imported (START_OF_LOG when there was none). */
  readonly lastPosition: AllPosition;
}

/** Receives events in log order, one batch at a time; the next batch waits until this resolves. */
export type EventBatchHandler = (events: readonly RecordedEvent[]) => Promise<void>;

export interface SubscribeOptions {
  readonly batchSize?: number;
  /** Called once if the handler throws; the subscription is then stopped (never skips an event). */
  readonly onError?: (error: unknown) => void;
}

export interface Subscription {
  /** Resolves once the subscription has stopped and no handler call is in flight. */
  stop(): Promise<void>;
  /** Resolves when the subscription stops on its own (error) or through `stop()`. */
  readonly closed: Promise<void>;
}

export interface EventStore {
  readStream(streamId: string, options?: ReadStreamOptions): Promise<readonly RecordedEvent[]>;
  /**
   * Every event of the given streams, in log order (by position), each stream from version 1.
   * Unknown streams contribute nothing. For folds that need many whole streams at once (the read
   * model's `asOf`), where one readStream per stream would cost one round trip each.
   */
  readStreams(streamIds: readonly string[]): Promise<readonly RecordedEvent[]>;
  appendToStream(streamId: string, events: readonly NewEvent[], options: { readonly expectedVersion: ExpectedVersion }): Promise<AppendResult>;
  readAll(options: ReadAllOptions): Promise<ReadAllPage>;
  subscribe(after: AllPosition, handler: EventBatchHandler, options?: SubscribeOptions): Subscription;
  /** Global position of the newest event that readers can see, or 0 for an empty log. */
  headPosition(): Promise<bigint>;
  /**
   * Restores a log into an EMPTY store (a restore from backup, docs/design.md §19): every event keeps
   * its id, type, data, metadata, stream and version, and log order is the order given. Each event
   * must be the next version of its stream. A store that already holds events refuses with
   * EventStoreNotEmptyError before reading any. Transactional backends write all or nothing; and
   * where the backend can, each event keeps its `recordedAt` too (KurrentDB sets its own).
   */
  importEvents(events: AsyncIterable<ImportedEvent>): Promise<ImportResult>;
  close(): Promise<void>;
}

/** A version clash: somebody else appended to the stream since the caller read it. */
export class ConcurrencyError extends Error {
  override readonly name = 'ConcurrencyError';
  /** Stable code, mapped to the GraphQL `CONFLICT` code by the api. */
  readonly code = 'EVENT_STORE_CONCURRENCY' as const;
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedVersion,
    readonly actual: number,
  ) {
    super(`Stream ${streamId} is at version ${actual}, but version ${String(expected)} was expected.`);
  }
}

/**
 * Some event ids of an append are already stored, but the append is not an exact repeat of an
 * earlier one, so it can be neither written nor treated as an idempotent no-op. An append is a
 * repeat only when *every* id already exists, in `streamId`, with the same type, at consecutive
 * versions, in the same order. A batch that mixes new and stored ids, reuses an id of another
 * stream, or names the same id twice lands here, and nothing is written.
 */
export class DuplicateEventError extends Error {
  override readonly name = 'DuplicateEventError';
  readonly code = 'EVENT_STORE_DUPLICATE_EVENT' as const;
  constructor(
    readonly streamId: string,
    /** The ids of the batch that were already stored (or repeated within the batch). */
    readonly duplicateEventIds: readonly string[],
    readonly reason: string,
  ) {
    super(`Cannot append to stream ${streamId}: ${reason} (event ids ${duplicateEventIds.join(', ')}).`);
  }
}

/** An append or read request the store refuses before touching storage (bad uuid, empty type, bad limit…). */
export class InvalidEventStoreRequestError extends Error {
  override readonly name = 'InvalidEventStoreRequestError';
  readonly code = 'EVENT_STORE_INVALID_REQUEST' as const;
}

/** `importEvents` into a store whose log is not empty: a restore never mixes with events already there. */
export class EventStoreNotEmptyError extends Error {
  override readonly name = 'EventStoreNotEmptyError';
  readonly code = 'EVENT_STORE_NOT_EMPTY' as const;
  constructor() {
    super('The event store already holds events: a log is imported only into an empty store.');
  }
}

/** Encodes a position for storage as a checkpoint string (`"<transactionId>:<globalPosition>"`). */
export function formatPosition(position: AllPosition): string {
  return `${position.transactionId}:${position.globalPosition}`;
}

export function parsePosition(text: string): AllPosition {
  const match = /^(\d+):(\d+)$/.exec(text);
  if (!match?.[1] || !match[2]) throw new Error(`Not an event-log position: ${JSON.stringify(text)}`);
  return { transactionId: BigInt(match[1]), globalPosition: BigInt(match[2]) };
}

export function comparePositions(a: AllPosition, b: AllPosition): number {
  if (a.transactionId !== b.transactionId) return a.transactionId < b.transactionId ? -1 : 1;
  if (a.globalPosition !== b.globalPosition) return a.globalPosition < b.globalPosition ? -1 : 1;
  return 0;
}
