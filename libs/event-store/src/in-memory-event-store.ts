// In-memory adapter for unit tests. Same semantics as Postgres (it passes the same contract
// suite); every append is one "transaction" whose id is a counter, so log order is append order.
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
} from './event-store.port';
import { ConcurrencyError, DuplicateEventError, EventStoreNotEmptyError, START_OF_LOG, comparePositions } from './event-store.port';
import type { StoredEventRef } from './append-rules';
import {
  checkImportedEvent,
  expectedVersionHolds,
  notNextVersion,
  normalizeEvents,
  resolveRepeat,
  serializeJson,
  validateExpectedVersion,
  validateFrom,
  validateReadAll,
  uniqueStreamIds,
  validateStreamId,
} from './append-rules';
import { SubscriptionRunner } from './subscription-runner';

export interface InMemoryEventStoreOptions {
  /** Subscriptions are woken on every append; this is only a safety net. */
  readonly pollIntervalMs?: number;
}

export class InMemoryEventStore implements EventStore {
  private readonly log: RecordedEvent[] = [];
  private readonly streams = new Map<string, RecordedEvent[]>();
  private readonly byEventId = new Map<string, RecordedEvent>();
  private readonly wakeListeners = new Set<() => void>();
  private readonly subscriptions = new Set<Subscription>();
  private lastTransactionId = 0n;
  private closed = false;
  private readonly pollIntervalMs: number;

  constructor(options: InMemoryEventStoreOptions = {}) {
    this.pollIntervalMs = options.pollIntervalMs ?? 1_000;
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<readonly RecordedEvent[]> {
    this.assertOpen();
    validateStreamId(streamId);
    const from = validateFrom(options.from);
    return (this.streams.get(streamId) ?? []).slice(from - 1).map(copyEvent);
  }

  async readStreams(streamIds: readonly string[]): Promise<readonly RecordedEvent[]> {
    this.assertOpen();
    const ids = uniqueStreamIds(streamIds);
    const events = ids.flatMap((streamId) => this.streams.get(streamId) ?? []);
    return events.sort((a, b) => comparePositions(a.position, b.position)).map(copyEvent);
  }

  async appendToStream(
    streamId: string,
    events: readonly NewEvent[],
    options: { readonly expectedVersion: ExpectedVersion },
  ): Promise<AppendResult> {
    this.assertOpen();
    validateStreamId(streamId);
    validateExpectedVersion(options.expectedVersion);
    const batch = normalizeEvents(streamId, events);
    // Serialized up front, as the Postgres adapter does, and parsed back as jsonb would be: the
    // store never shares objects with its callers.
    const prepared = batch.map((event) => ({
      event,
      data: serializeJson(event.data, event.eventId, 'data'),
      metadata: serializeJson(event.metadata, event.eventId, 'metadata'),
    }));
    const stream = this.streams.get(streamId) ?? [];
    const currentVersion = stream.length;

    const stored = batch.map((event) => this.byEventId.get(event.eventId)).filter((event) => event !== undefined);
    if (stored.length > 0) return resolveRepeat(streamId, batch, stored.map(toRef));

    if (!expectedVersionHolds(options.expectedVersion, currentVersion)) {
      throw new ConcurrencyError(streamId, options.expectedVersion, currentVersion);
    }
    const last = stream[stream.length - 1];
    if (batch.length === 0) {
      return { nextExpectedVersion: currentVersion, lastPosition: last?.position ?? START_OF_LOG, written: false };
    }

    const transactionId = ++this.lastTransactionId;
    const recordedAt = new Date();
    let globalPosition = BigInt(this.log.length);
    const recorded = prepared.map(
      ({ event, data, metadata }, index): RecordedEvent => ({
        eventId: event.eventId,
        type: event.type,
        data: JSON.parse(data),
        metadata: JSON.parse(metadata),
        streamId,
        streamVersion: currentVersion + index + 1,
        position: { transactionId, globalPosition: ++globalPosition },
        recordedAt,
      }),
    );
    for (const event of recorded) {
      this.log.push(event);
      stream.push(event);
      this.byEventId.set(event.eventId, event);
    }
    this.streams.set(streamId, stream);
    const lastWritten = recorded[recorded.length - 1] as RecordedEvent;
    for (const wake of this.wakeListeners) wake();
    return { nextExpectedVersion: lastWritten.streamVersion, lastPosition: lastWritten.position, written: true };
  }

  async readAll(options: ReadAllOptions): Promise<ReadAllPage> {
    this.assertOpen();
    validateReadAll(options);
    const after = options.after ?? START_OF_LOG;
    const start = this.firstIndexAfter(after);
    const events = this.log.slice(start, start + options.limit).map(copyEvent);
    const last = events[events.length - 1];
    return { events, next: last ? last.position : after };
  }

  subscribe(after: AllPosition, handler: EventBatchHandler, options?: SubscribeOptions): Subscription {
    this.assertOpen();
    const subscription = new SubscriptionRunner(
      {
        readPage: (cursor, limit) => this.readAll({ after: cursor, limit }),
        onWake: (wake) => {
          this.wakeListeners.add(wake);
          return () => this.wakeListeners.delete(wake);
        },
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

  async headPosition(): Promise<bigint> {
    this.assertOpen();
    return this.log[this.log.length - 1]?.position.globalPosition ?? 0n;
  }

  /** One transaction for the whole import, like Postgres: nothing is stored unless every event is right. */
  async importEvents(events: AsyncIterable<ImportedEvent>): Promise<ImportResult> {
    this.assertOpen();
    if (this.log.length > 0) throw new EventStoreNotEmptyError();
    const staged: RecordedEvent[] = [];
    const versions = new Map<string, number>();
    const ids = new Set<string>();
    const transactionId = this.lastTransactionId + 1n;
    for await (const imported of events) {
      const event = checkImportedEvent(imported);
      const current = versions.get(event.streamId) ?? 0;
      if (event.streamVersion !== current + 1) throw notNextVersion(event, current);
      if (ids.has(event.eventId)) throw new DuplicateEventError(event.streamId, [event.eventId], 'the import holds this event id twice');
      versions.set(event.streamId, event.streamVersion);
      ids.add(event.eventId);
      staged.push({
        eventId: event.eventId,
        type: event.type,
        data: JSON.parse(event.data),
        metadata: JSON.parse(event.metadata),
        streamId: event.streamId,
        streamVersion: event.streamVersion,
        position: { transactionId, globalPosition: BigInt(staged.length + 1) },
        recordedAt: new Date(event.recordedAt.getTime()),
      });
    }
    // Checked again: an append may have landed while the import was being read.
    if (this.log.length > 0) throw new EventStoreNotEmptyError();
    if (staged.length > 0) this.lastTransactionId = transactionId;
    for (const event of staged) {
      this.log.push(event);
      const stream = this.streams.get(event.streamId);
      if (stream) stream.push(event);
      else this.streams.set(event.streamId, [event]);
      this.byEventId.set(event.eventId, event);
    }
    for (const wake of this.wakeListeners) wake();
    return { events: staged.length, lastPosition: staged[staged.length - 1]?.position ?? START_OF_LOG };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    this.closed = true;
  }

  /** Binary search: the log is sorted by position because each append gets a larger transaction id. */
  private firstIndexAfter(after: AllPosition): number {
    let low = 0;
    let high = this.log.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const event = this.log[middle] as RecordedEvent;
      if (comparePositions(event.position, after) <= 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('The in-memory event store is closed.');
  }
}

function toRef(event: RecordedEvent): StoredEventRef {
  return { eventId: event.eventId, streamId: event.streamId, streamVersion: event.streamVersion, type: event.type, position: event.position };
}

function copyEvent(event: RecordedEvent): RecordedEvent {
  return {
    ...event,
    data: JSON.parse(JSON.stringify(event.data)),
    metadata: JSON.parse(JSON.stringify(event.metadata)),
    recordedAt: new Date(event.recordedAt.getTime()),
  };
}
