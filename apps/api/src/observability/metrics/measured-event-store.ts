import {
  type AllPosition,
  type AppendResult,
  ConcurrencyError,
  DuplicateEventError,
  type EventStore,
  type ExpectedVersion,
  type ImportResult,
  type ImportedEvent,
  type NewEvent,
  type ReadAllOptions,
  type ReadAllPage,
  type ReadStreamOptions,
  type RecordedEvent,
  type EventBatchHandler,
  type SubscribeOptions,
  type Subscription,
} from '@tracker/event-store';
import type { AppendOutcome, TrackerMetrics } from './tracker-metrics';

function failedAppend(error: unknown): AppendOutcome {
  if (error instanceof ConcurrencyError) return 'conflict';
  if (error instanceof DuplicateEventError) return 'duplicate';
  return 'error';
}

/**
 * The event store as the app sees it, with every append counted and timed (docs/design.md §19). Wrapped
 * around whichever adapter EVENT_STORE chose, at the composition root, so no adapter knows of metrics.
 */
export class MeasuredEventStore implements EventStore {
  constructor(
    private readonly store: EventStore,
    private readonly metrics: TrackerMetrics,
  ) {}

  async appendToStream(streamId: string, events: readonly NewEvent[], options: { readonly expectedVersion: ExpectedVersion }): Promise<AppendResult> {
    const started = process.hrtime.bigint();
    const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
    try {
      const result = await this.store.appendToStream(streamId, events, options);
      this.metrics.observeAppend(result.written ? 'written' : 'repeat', seconds(), result.written ? events.length : 0);
      return result;
    } catch (error) {
      this.metrics.observeAppend(failedAppend(error), seconds(), 0);
      throw error;
    }
  }

  readStream(streamId: string, options?: ReadStreamOptions): Promise<readonly RecordedEvent[]> {
    return this.store.readStream(streamId, options);
  }

  readStreams(streamIds: readonly string[]): Promise<readonly RecordedEvent[]> {
    return this.store.readStreams(streamIds);
  }

  readAll(options: ReadAllOptions): Promise<ReadAllPage> {
    return this.store.readAll(options);
  }

  subscribe(after: AllPosition, handler: EventBatchHandler, options?: SubscribeOptions): Subscription {
    return this.store.subscribe(after, handler, options);
  }

  headPosition(): Promise<bigint> {
    return this.store.headPosition();
  }

  importEvents(events: AsyncIterable<ImportedEvent>): Promise<ImportResult> {
    return this.store.importEvents(events);
  }

  close(): Promise<void> {
    return this.store.close();
  }
}
