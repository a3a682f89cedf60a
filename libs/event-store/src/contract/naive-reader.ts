// A deliberately WRONG $all follower, kept to demonstrate why docs/design.md §4 reads by
// (transaction_id, global_position) under the xmin horizon. It remembers only the highest
// global position it has seen and asks for rows above it. A transaction that took a lower
// position but commits after a higher one was read is skipped for ever. Never use it in production.
import type { RecordedEvent } from '../event-store.port';

/** Committed events with global position > `after`, in position order, at most `limit`. */
export type ReadAfterGlobalPosition = (after: bigint, limit: number) => Promise<readonly RecordedEvent[]>;

export class NaiveReader {
  readonly seen: RecordedEvent[] = [];
  private last: bigint;

  constructor(
    private readonly readAfter: ReadAfterGlobalPosition,
    after = 0n,
    private readonly pageSize = 100,
  ) {
    this.last = after;
  }

  /** Reads everything above the last position seen and returns what was new. */
  async poll(): Promise<readonly RecordedEvent[]> {
    const fresh: RecordedEvent[] = [];
    for (;;) {
      const page = await this.readAfter(this.last, this.pageSize);
      for (const event of page) {
        fresh.push(event);
        if (event.position.globalPosition > this.last) this.last = event.position.globalPosition;
      }
      if (page.length < this.pageSize) break;
    }
    this.seen.push(...fresh);
    return fresh;
  }
}
