// Announces committed appends. This process's subscriptions are woken at once; other processes
// hear one NOTIFY at a time, coalesced. Notifying after the commit, not inside the appending
// transaction, matters: a transaction that has called pg_notify holds PostgreSQL's notify-queue
// lock until its commit is flushed, which serialized every append (a benchmark at 32 writers
// sampled 1,726 waits on that lock against 37 on the disk flush). Subscribers re-read briefly
// after a wake-up that finds nothing yet (SubscriptionRunner), so a notification may arrive
// before the commit is visible to them.
//
// The first announcement after a quiet spell is sent at once; later ones are held until
// MIN_INTERVAL_MS after the previous send and go out as one. Each NOTIFY is a round trip: one per
// append cost a single writer a quarter of its throughput, and readers in other processes re-read
// everything new on any wake-up anyway.
//
// The NOTIFY has a connection of its own, with synchronous_commit off. On a pool connection it
// held up the next append (a single writer's only connection) for a whole commit: pg_notify gives
// its transaction an xid, so that commit waited for a WAL flush of its own. The notification
// carries no data (the events it announces were flushed before it was sent), so it need not wait.
import type { ClientConfig } from 'pg';
import { Client } from 'pg';

export const ANNOUNCER_APPLICATION_NAME = 'event-store-announcer';

/** At most one NOTIFY per this many milliseconds (other processes' subscribers wake this much later at worst). */
export const MIN_NOTIFY_INTERVAL_MS = 10;

export class CommitAnnouncer {
  private sending: Promise<void> | undefined;
  private again = false;
  private lastSentAt = Number.NEGATIVE_INFINITY;
  private client: Promise<Client> | undefined;
  private closed = false;

  constructor(
    private readonly config: ClientConfig,
    private readonly wakeLocalSubscriptions: () => void,
    private readonly minIntervalMs: number = MIN_NOTIFY_INTERVAL_MS,
  ) {}

  /** After an append committed. Never throws: a lost notification is covered by the readers' polling. */
  announce(): void {
    this.wakeLocalSubscriptions();
    this.again = true;
    this.sending ??= this.notifyUntilQuiet();
  }

  /** Sends what is still due, then closes the connection. */
  async close(): Promise<void> {
    await this.sending;
    this.closed = true;
    const client = this.client;
    this.client = undefined;
    await client?.then((connected) => connected.end()).catch(() => undefined);
  }

  private async notifyUntilQuiet(): Promise<void> {
    while (this.again) {
      const wait = this.lastSentAt + this.minIntervalMs - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      this.again = false;
      this.lastSentAt = performance.now();
      try {
        await (await this.connection()).query("SELECT pg_notify('events', '')");
      } catch {
        // The server may be away or the connection lost (the next announcement reconnects); readers poll anyway.
      }
    }
    this.sending = undefined;
  }

  private connection(): Promise<Client> {
    if (this.closed) return Promise.reject(new Error('The commit announcer is closed.'));
    if (!this.client) {
      const connecting = this.connect();
      this.client = connecting;
      const forget = () => {
        if (this.client === connecting) this.client = undefined;
      };
      connecting.then((client) => client.once('end', forget), forget);
    }
    return this.client;
  }

  private async connect(): Promise<Client> {
    const client = new Client({ ...this.config, application_name: ANNOUNCER_APPLICATION_NAME, options: '-c synchronous_commit=off' });
    // A lost connection is forgotten ('end') and replaced at the next announcement.
    client.on('error', () => undefined);
    await client.connect();
    return client;
  }
}
