// Announces committed appends. This process's subscriptions are woken at once; other processes
// hear one NOTIFY at a time, coalesced. Notifying after the commit, not inside the appending
// transaction, matters: a transaction that has called pg_notify holds PostgreSQL's notify-queue
// lock until its commit is flushed, which serialized every append (a benchmark at 32 writers
// sampled 1,726 waits on that lock against 37 on the disk flush). Subscribers re-read briefly
// after a wake-up that finds nothing yet (SubscriptionRunner), so a notification may arrive
// before the commit is visible to them.
//
// The first announcement after a quiet spell is sent at once; later ones are held until
// MIN_INTERVAL_MS after the previous send and go out as one. Each NOTIFY is a round trip on a
// pool connection: one per append cost a single writer a quarter of its throughput, and readers
// in other processes re-read everything new on any wake-up anyway.
import type { Pool } from 'pg';

/** At most one NOTIFY per this many milliseconds (other processes' subscribers wake this much later at worst). */
export const MIN_NOTIFY_INTERVAL_MS = 10;

export class CommitAnnouncer {
  private sending: Promise<void> | undefined;
  private again = false;
  private lastSentAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly pool: Pool,
    private readonly wakeLocalSubscriptions: () => void,
    private readonly minIntervalMs: number = MIN_NOTIFY_INTERVAL_MS,
  ) {}

  /** After an append committed. Never throws: a lost notification is covered by the readers' polling. */
  announce(): void {
    this.wakeLocalSubscriptions();
    this.again = true;
    this.sending ??= this.notifyUntilQuiet();
  }

  /** Resolves once no notification is in flight or waiting (before the pool closes). */
  async settle(): Promise<void> {
    await this.sending;
  }

  private async notifyUntilQuiet(): Promise<void> {
    while (this.again) {
      const wait = this.lastSentAt + this.minIntervalMs - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      this.again = false;
      this.lastSentAt = performance.now();
      try {
        await this.pool.query("SELECT pg_notify('events', '')");
      } catch {
        // The pool may be closing, or the server away; readers poll anyway.
      }
    }
    this.sending = undefined;
  }
}
