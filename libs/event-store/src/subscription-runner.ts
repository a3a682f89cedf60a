// The catch-up loop behind `subscribe`, shared by the adapters: read a page after the cursor,
// hand it to the handler, advance, and sleep until woken (notification) or the poll interval.
import type { AllPosition, EventBatchHandler, ReadAllPage, SubscribeOptions, Subscription } from './event-store.port';
import { InvalidEventStoreRequestError } from './event-store.port';

export const DEFAULT_BATCH_SIZE = 100;
const MAX_READ_RETRY_DELAY_MS = 5_000;
/**
 * After a wake-up whose read found nothing, re-read after 10, 20, 40 … ms up to this delay
 * (about 2.5 s in all) before falling back to the poll interval. A wake-up means a commit, but
 * PostgreSQL shows it to `$all` readers only once every older transaction in the cluster ended.
 */
const MAX_SETTLE_DELAY_MS = 1_280;
const FIRST_SETTLE_DELAY_MS = 10;

export interface SubscriptionSource {
  readPage(after: AllPosition, limit: number): Promise<ReadAllPage>;
  /** Registers a wake-up callback (new events may be visible); returns the unregister function. */
  onWake(wake: () => void): () => void;
  /** Re-read at least this often even without a wake-up. */
  readonly pollIntervalMs: number;
}

export class SubscriptionRunner implements Subscription {
  readonly closed: Promise<void>;
  private stopped = false;
  private wakePending = false;
  private wakeSleeper: (() => void) | undefined;
  private readonly batchSize: number;

  constructor(
    private readonly source: SubscriptionSource,
    after: AllPosition,
    private readonly handler: EventBatchHandler,
    private readonly options: SubscribeOptions = {},
  ) {
    this.batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    if (!Number.isSafeInteger(this.batchSize) || this.batchSize < 1) {
      throw new InvalidEventStoreRequestError(`batchSize must be a positive integer, got ${String(options.batchSize)}.`);
    }
    const unregister = source.onWake(() => this.wake());
    this.closed = this.run(after).finally(unregister);
  }

  stop(): Promise<void> {
    this.stopped = true;
    this.wake();
    return this.closed;
  }

  private wake(): void {
    this.wakePending = true;
    const sleeper = this.wakeSleeper;
    this.wakeSleeper = undefined;
    sleeper?.();
  }

  private async run(after: AllPosition): Promise<void> {
    let cursor = after;
    let readFailures = 0;
    let settleDelay = 0; // > 0 while re-reading soon after a wake-up that found nothing yet
    while (!this.stopped) {
      const woken = this.wakePending;
      this.wakePending = false;
      let page: ReadAllPage;
      try {
        page = await this.source.readPage(cursor, this.batchSize);
        readFailures = 0;
      } catch {
        // A failed read (connection lost, server restarting) is transient: nothing was handed to
        // the handler, so retrying from the same cursor neither skips nor repeats an event.
        readFailures += 1;
        await this.sleep(Math.min(this.source.pollIntervalMs * 2 ** readFailures, MAX_READ_RETRY_DELAY_MS));
        continue;
      }
      if (this.stopped) break;
      if (page.events.length > 0) {
        try {
          await this.handler(page.events);
        } catch (error) {
          // Stop rather than skip: the caller restarts from its own last checkpoint.
          this.stopped = true;
          try {
            this.options.onError?.(error);
          } catch {
            // onError must not be able to crash the loop's promise.
          }
          break;
        }
        cursor = page.next;
        settleDelay = 0;
        if (page.events.length === this.batchSize) continue; // more are probably waiting
      } else if (woken || settleDelay > 0) {
        settleDelay = settleDelay === 0 ? FIRST_SETTLE_DELAY_MS : settleDelay * 2;
        if (settleDelay <= MAX_SETTLE_DELAY_MS) {
          if (!this.wakePending) await this.sleep(settleDelay);
          continue;
        }
        settleDelay = 0;
      }
      if (!this.wakePending) await this.sleep(this.source.pollIntervalMs);
    }
  }

  private sleep(ms: number): Promise<void> {
    if (this.stopped) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.wakeSleeper = undefined;
        resolve();
      }, ms);
      this.wakeSleeper = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
