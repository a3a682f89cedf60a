import { comparePositions, type AllPosition, type EventBatchHandler, type EventStore } from '@tracker/event-store';

interface Waiter {
  readonly position: AllPosition;
  readonly done: (passed: boolean) => void;
}

/**
 * How far this process's projector has got, heard in memory: the store handed to the projector is
 * wrapped so that each batch its subscription handler finished (the projector commits a batch
 * before its handler resolves) moves the mark. Only a hint for read-your-writes waits, which
 * still ask the projector itself; a wrong or missing hint costs time, never correctness.
 */
export class ProjectedProgress {
  private mark: AllPosition | undefined;
  private readonly waiters = new Set<Waiter>();

  /** The store, with every subscription's handler reporting the last position of each batch it finished. */
  observe(store: EventStore): EventStore {
    const subscribe: EventStore['subscribe'] = (after, handler, options) => store.subscribe(after, this.reporting(handler), options);
    return new Proxy(store, {
      get: (target, property) => {
        if (property === 'subscribe') return subscribe;
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
  }

  /** Resolves true once a batch at or after `position` has been handled here, or false after `timeoutMs`. */
  passed(position: AllPosition, timeoutMs: number): Promise<boolean> {
    if (this.mark && comparePositions(this.mark, position) >= 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const waiter: Waiter = {
        position,
        done: (passed) => {
          clearTimeout(timer);
          this.waiters.delete(waiter);
          resolve(passed);
        },
      };
      const timer = setTimeout(() => waiter.done(false), timeoutMs);
      this.waiters.add(waiter);
    });
  }

  private reporting(handler: EventBatchHandler): EventBatchHandler {
    return async (events) => {
      await handler(events);
      const last = events.at(-1);
      if (last) this.reached(last.position);
    };
  }

  private reached(position: AllPosition): void {
    if (this.mark && comparePositions(position, this.mark) <= 0) return;
    this.mark = position;
    for (const waiter of [...this.waiters]) if (comparePositions(position, waiter.position) >= 0) waiter.done(true);
  }
}
