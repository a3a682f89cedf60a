// KurrentDB adapter (docs/design.md §4), on the official client @kurrent/kurrentdb-client. Streams map
// one to one; $all is read with a SERVER-SIDE event-type filter, so system events and other
// applications' events never cross the wire. See ./kurrentdb-mapping.ts for the position mapping.
import type { AllStreamSubscription, KurrentDBClient as KurrentClient } from '@kurrent/kurrentdb-client';
import { BACKWARDS, END, FORWARDS, KurrentDBClient, StreamNotFoundError, eventTypeFilter } from '@kurrent/kurrentdb-client';
import { DOMAIN_EVENT_TYPES } from '@tracker/domain';
import type { StoredEventRef } from '../append-rules';
import {
  checkImportedEvent,
  expectedVersionHolds,
  notNextVersion,
  normalizeEvents,
  resolveRepeat,
  serializeJson,
  uniqueStreamIds,
  validateExpectedVersion,
  validateFrom,
  validateReadAll,
  validateStreamId,
} from '../append-rules';
import type {
  AllPosition,
  AppendResult,
  EventBatchHandler,
  EventStore,
  ExpectedVersion,
  ImportResult,
  ImportedEvent,
  NewEvent,
  ReadAllOptions,
  ReadAllPage,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
} from '../event-store.port';
import { ConcurrencyError, EventStoreNotEmptyError, START_OF_LOG, comparePositions } from '../event-store.port';
import { SubscriptionRunner } from '../subscription-runner';
import { StreamOrder } from './stream-order';
import { eventTypeRegex, fromKurrentEvent, toEventData, toReadPosition, toStreamState, translateAppendError, versionFromRevision } from './kurrentdb-mapping';

export interface KurrentDbEventStoreOptions {
  /** kurrentdb://host:2113?tls=false (or kurrentdb+discover:// for a cluster). */
  readonly connectionString: string;
  /** The event types readAll and subscribe return, filtered on the server (default: DOMAIN_EVENT_TYPES). */
  readonly eventTypes?: readonly string[];
  /** How often subscriptions re-read without a live wake-up (default 500 ms). */
  readonly pollIntervalMs?: number;
  /** Bound on the start-up reachability check (default 5 s). */
  readonly connectTimeoutMs?: number;
}

const DEFAULT_POLL_INTERVAL_MS = 500;
const DEFAULT_CONNECT_TIMEOUT_MS = 5_000;
const WAKE_RESUBSCRIBE_DELAY_MS = 1_000;
/** Stream reads in flight at once for readStreams. */
const READ_STREAMS_CONCURRENCY = 16;
/** Events of one stream per import append at most. */
const IMPORT_RUN_EVENTS = 500;

/** Thrown by `createKurrentDbEventStore` when the server cannot be reached or the URL is malformed. */
export class KurrentDbUnavailableError extends Error {
  override readonly name = 'KurrentDbUnavailableError';
}

/**
 * Builds the client and proves the server answers (one filtered read of $all), within
 * `connectTimeoutMs`. A malformed connection string or an unreachable server fails here, at
 * start-up, with a message naming the URL (credentials redacted).
 */
export async function createKurrentDbEventStore(options: KurrentDbEventStoreOptions): Promise<KurrentDbEventStore> {
  let client: KurrentClient;
  try {
    client = KurrentDBClient.connectionString(options.connectionString);
  } catch (error) {
    throw new KurrentDbUnavailableError(`${redactUrl(options.connectionString)} 不是 KurrentDB 的连接串（${(error as Error).message}）`);
  }
  const store = new KurrentDbEventStore(client, options);
  const timeoutMs = options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      store.headPosition(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${timeoutMs} 毫秒内没有应答`)), timeoutMs);
      }),
    ]);
  } catch (error) {
    await store.close().catch(() => undefined);
    throw new KurrentDbUnavailableError(`连不上 ${redactUrl(options.connectionString)} 上的 KurrentDB：${(error as Error).message}`);
  } finally {
    clearTimeout(timer);
  }
  return store;
}

export class KurrentDbEventStore implements EventStore {
  private readonly filterRegex: string;
  private readonly pollIntervalMs: number;
  private readonly subscriptions = new Set<Subscription>();
  private readonly wakers = new Set<() => void>();
  private readonly streamOrder = new StreamOrder();
  private live: AllStreamSubscription | undefined;
  private resubscribeTimer: NodeJS.Timeout | undefined;
  private closing: Promise<void> | undefined;

  constructor(
    readonly client: KurrentClient,
    options: Omit<KurrentDbEventStoreOptions, 'connectionString'> = {},
  ) {
    this.filterRegex = eventTypeRegex(options.eventTypes ?? DOMAIN_EVENT_TYPES);
    this.pollIntervalMs = options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<readonly RecordedEvent[]> {
    validateStreamId(streamId);
    const from = validateFrom(options.from);
    return this.readStreamFrom(streamId, BigInt(from - 1));
  }

  /** One stream read per id (KurrentDB has no multi-stream read), a few at a time, then merged into log order. */
  async readStreams(streamIds: readonly string[]): Promise<readonly RecordedEvent[]> {
    const ids = uniqueStreamIds(streamIds);
    const perStream: RecordedEvent[][] = [];
    let next = 0;
    const reader = async (): Promise<void> => {
      while (next < ids.length) {
        const streamId = ids[next++] as string;
        perStream.push(await this.readStreamFrom(streamId, 0n));
      }
    };
    await Promise.all(Array.from({ length: Math.min(READ_STREAMS_CONCURRENCY, ids.length) }, reader));
    return perStream.flat().sort((a, b) => comparePositions(a.position, b.position));
  }

  /**
   * KurrentDB refuses a wrong expected revision atomically, and ignores a retried batch whose ids
   * it has just stored. Our contract asks more: a repeat reports `written: false` with the
   * ORIGINAL positions, whatever the expected version, and a batch mixing stored and new ids is
   * refused. So the stream is read first and repeats are resolved by the shared rules; only a
   * batch of new ids goes to the server. Limitation: KurrentDB has no index by event id, so an
   * id already stored in ANOTHER stream is not detected (our ids are derived per stream).
   */
  async appendToStream(
    streamId: string,
    events: readonly NewEvent[],
    options: { readonly expectedVersion: ExpectedVersion },
  ): Promise<AppendResult> {
    const { expectedVersion } = options;
    validateStreamId(streamId);
    validateExpectedVersion(expectedVersion);
    const batch = normalizeEvents(streamId, events);
    // Same payload rules as the Postgres adapter, so every backend accepts the same events.
    for (const event of batch) {
      serializeJson(event.data, event.eventId, 'data');
      serializeJson(event.metadata, event.eventId, 'metadata');
    }
    return this.streamOrder.run(streamId, () => this.appendInOrder(streamId, batch, expectedVersion));
  }

  private async appendInOrder(streamId: string, batch: readonly NewEvent[], expectedVersion: ExpectedVersion): Promise<AppendResult> {
    const stored = await this.readStreamFrom(streamId, 0n);
    if (batch.length === 0) {
      const last = stored[stored.length - 1];
      const current = last?.streamVersion ?? 0;
      if (!expectedVersionHolds(expectedVersion, current)) throw new ConcurrencyError(streamId, expectedVersion, current);
      return { nextExpectedVersion: current, lastPosition: last?.position ?? START_OF_LOG, written: false };
    }
    const ids = new Set(batch.map((event) => event.eventId));
    const repeated = stored.filter((event) => ids.has(event.eventId));
    if (repeated.length > 0) return resolveRepeat(streamId, batch, repeated.map(toStoredRef));

    let nextExpectedRevision: bigint;
    try {
      ({ nextExpectedRevision } = await this.client.appendToStream(streamId, batch.map(toEventData), { streamState: toStreamState(expectedVersion) }));
    } catch (error) {
      throw translateAppendError(error, streamId, expectedVersion);
    }
    // The position reported for the write is not documented to be the last event's $all
    // position; read that event back so `lastPosition` is exactly what readAll will hand out.
    const [last] = await this.readStreamFrom(streamId, nextExpectedRevision, 1n);
    if (!last) throw new Error(`KurrentDB acknowledged an append to ${streamId} but its last event is not readable.`);
    this.wakeAll();
    return { nextExpectedVersion: versionFromRevision(nextExpectedRevision), lastPosition: last.position, written: true };
  }

  async readAll(options: ReadAllOptions): Promise<ReadAllPage> {
    validateReadAll(options);
    const after = options.after ?? START_OF_LOG;
    const events: RecordedEvent[] = [];
    try {
      // Reading from a position includes the event at it: ask for one more and drop it.
      for await (const resolved of this.client.readAll({
        fromPosition: toReadPosition(after),
        direction: FORWARDS,
        maxCount: options.limit + 1,
        filter: this.filter(),
      })) {
        if (!resolved.event) continue;
        const event = fromKurrentEvent(resolved.event);
        if (comparePositions(event.position, after) <= 0) continue;
        if (events.length < options.limit) events.push(event);
      }
    } catch (error) {
      // A cursor past the end of the log (not a record boundary) is a valid "nothing yet".
      if (await this.isPastEnd(after)) return { events: [], next: after };
      throw error;
    }
    const last = events[events.length - 1];
    return { events, next: last ? last.position : after };
  }

  /**
   * One append per run of consecutive events of a stream, in the order given, each expecting the
   * revision before the run's first event: the server itself refuses a gap or a reordered
   * stream. KurrentDB has no transactions, so a failure leaves the runs before it written, and it
   * sets each event's `created` itself: the original time stays in metadata.recordedAt, which is
   * what histories show. The log counts as empty when $all holds none of this store's event types.
   */
  async importEvents(events: AsyncIterable<ImportedEvent>): Promise<ImportResult> {
    if ((await this.readAll({ limit: 1 })).events.length > 0) throw new EventStoreNotEmptyError();
    let count = 0;
    let last: { streamId: string; revision: bigint } | undefined;
    let run: ImportedEvent[] = [];
    const flush = async (): Promise<void> => {
      const first = run[0];
      if (!first) return;
      const state = toStreamState(first.streamVersion - 1);
      try {
        const { nextExpectedRevision } = await this.client.appendToStream(first.streamId, run.map(toEventData), { streamState: state });
        last = { streamId: first.streamId, revision: nextExpectedRevision };
      } catch (error) {
        const translated = translateAppendError(error, first.streamId, first.streamVersion - 1);
        throw translated instanceof ConcurrencyError ? notNextVersion(first, translated.actual) : translated;
      }
      count += run.length;
      run = [];
    };
    for await (const imported of events) {
      const { eventId } = checkImportedEvent(imported);
      const event = eventId === imported.eventId ? imported : { ...imported, eventId };
      const previous = run[run.length - 1];
      if (previous && (previous.streamId !== event.streamId || event.streamVersion !== previous.streamVersion + 1 || run.length >= IMPORT_RUN_EVENTS)) await flush();
      run.push(event);
    }
    await flush();
    if (!last) return { events: 0, lastPosition: START_OF_LOG };
    const [lastEvent] = await this.readStreamFrom(last.streamId, last.revision, 1n);
    this.wakeAll();
    return { events: count, lastPosition: lastEvent?.position ?? START_OF_LOG };
  }

  subscribe(after: AllPosition, handler: EventBatchHandler, options?: SubscribeOptions): Subscription {
    if (this.closing) throw new Error('The KurrentDB event store is closed.');
    const subscription = new SubscriptionRunner(
      {
        readPage: (cursor, limit) => this.readAll({ after: cursor, limit }),
        onWake: (wake) => this.addWaker(wake),
        pollIntervalMs: this.pollIntervalMs,
      },
      after,
      handler,
      options,
    );
    this.subscriptions.add(subscription);
    void subscription.closed.then(() => this.subscriptions.delete(subscription));
    return subscription;
  }

  /** The prepare position (our globalPosition) of the newest event of our types in $all, or 0. */
  async headPosition(): Promise<bigint> {
    for await (const resolved of this.client.readAll({ fromPosition: END, direction: BACKWARDS, maxCount: 1, filter: this.filter() })) {
      if (resolved.event) return resolved.event.position.prepare;
    }
    return 0n;
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
      this.stopLive();
      await this.client.dispose();
    })();
    return this.closing;
  }

  private filter() {
    return eventTypeFilter({ regex: this.filterRegex });
  }

  private async readStreamFrom(streamId: string, fromRevision: bigint, maxCount?: bigint): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    try {
      for await (const resolved of this.client.readStream(streamId, {
        fromRevision,
        direction: FORWARDS,
        ...(maxCount === undefined ? {} : { maxCount }),
      })) {
        if (resolved.event) events.push(fromKurrentEvent(resolved.event));
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
    return events;
  }

  /** True when `after` lies beyond the newest record of $all (any type), so nothing can follow it yet. */
  private async isPastEnd(after: AllPosition): Promise<boolean> {
    try {
      for await (const resolved of this.client.readAll({ fromPosition: END, direction: BACKWARDS, maxCount: 1 })) {
        const position = resolved.event?.position;
        if (position) return comparePositions(after, { transactionId: position.commit, globalPosition: position.prepare }) > 0;
      }
      return true;
    } catch {
      return false;
    }
  }

  // ---- live wake-ups: one filtered $all subscription from the end, only while someone listens ----

  private addWaker(wake: () => void): () => void {
    this.wakers.add(wake);
    this.startLive();
    return () => {
      this.wakers.delete(wake);
      if (this.wakers.size === 0) this.stopLive();
    };
  }

  private wakeAll(): void {
    for (const wake of this.wakers) wake();
  }

  private startLive(): void {
    if (this.live || this.resubscribeTimer || this.closing) return;
    const live = this.client.subscribeToAll({ fromPosition: END, filter: this.filter() });
    this.live = live;
    live.on('data', () => this.wakeAll());
    const dropped = (): void => {
      if (this.live !== live) return;
      this.live = undefined;
      // Polling keeps the subscriptions going meanwhile; the wake-up stream comes back later.
      if (this.wakers.size > 0 && !this.closing) {
        this.resubscribeTimer = setTimeout(() => {
          this.resubscribeTimer = undefined;
          if (this.wakers.size > 0) this.startLive();
        }, WAKE_RESUBSCRIBE_DELAY_MS);
      }
    };
    live.on('error', dropped);
    live.on('end', dropped);
    live.on('close', dropped);
  }

  private stopLive(): void {
    clearTimeout(this.resubscribeTimer);
    this.resubscribeTimer = undefined;
    const live = this.live;
    this.live = undefined;
    if (live) void live.unsubscribe().catch(() => undefined);
  }
}

function toStoredRef(event: RecordedEvent): StoredEventRef {
  return { eventId: event.eventId, streamId: event.streamId, streamVersion: event.streamVersion, type: event.type, position: event.position };
}

/** Never echo a password into logs. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]*):[^@/]*@/, '//$1:***@');
}
