// One dedicated connection per store that LISTENs on 'events' and wakes every subscription.
// It connects while at least one subscription exists and reconnects (with backoff) if the
// connection drops; after each (re)connect it wakes everyone, since notifications sent while
// it was away are lost. Polling in the subscription loop covers the gap meanwhile.
import type { ClientConfig } from 'pg';
import { Client } from 'pg';

export const EVENTS_CHANNEL = 'events';
export const LISTENER_APPLICATION_NAME = 'event-store-listener';
const MAX_RECONNECT_DELAY_MS = 5_000;

export class NotificationListener {
  private readonly listeners = new Set<() => void>();
  private client: Client | undefined;
  private connecting = false;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private failedAttempts = 0;
  private closed = false;

  constructor(private readonly config: ClientConfig) {}

  /** Registers a wake-up callback and returns the function that unregisters it. */
  add(listener: () => void): () => void {
    this.listeners.add(listener);
    this.ensureConnected();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) void this.disconnect();
    };
  }

  /** True while the LISTEN connection is up. */
  get listening(): boolean {
    return this.client !== undefined;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.listeners.clear();
    await this.disconnect();
  }

  /** Wakes every registered subscription (also called directly after this process's own commits). */
  wakeAll(): void {
    for (const listener of this.listeners) listener();
  }

  private ensureConnected(): void {
    if (this.closed || this.client || this.connecting || this.reconnectTimer || this.listeners.size === 0) return;
    this.connecting = true;
    void this.connect().finally(() => {
      this.connecting = false;
    });
  }

  private async connect(): Promise<void> {
    const client = new Client({ ...this.config, application_name: LISTENER_APPLICATION_NAME });
    let dropped = false;
    const onDrop = (): void => {
      if (dropped) return;
      dropped = true;
      void client.end().catch(() => undefined);
      if (this.client === client) {
        this.client = undefined;
        this.scheduleReconnect();
      }
    };
    client.on('error', onDrop);
    client.on('end', onDrop);
    client.on('notification', () => this.wakeAll());
    try {
      await client.connect();
      await client.query(`LISTEN ${EVENTS_CHANNEL}`);
    } catch {
      dropped = true;
      void client.end().catch(() => undefined);
      this.failedAttempts += 1;
      this.scheduleReconnect();
      return;
    }
    if (dropped) {
      this.scheduleReconnect();
      return;
    }
    if (this.closed || this.listeners.size === 0) {
      dropped = true;
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.failedAttempts = 0;
    this.wakeAll();
  }

  private scheduleReconnect(): void {
    if (this.closed || this.reconnectTimer || this.listeners.size === 0) return;
    const delay = Math.min(100 * 2 ** this.failedAttempts, MAX_RECONNECT_DELAY_MS);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      this.ensureConnected();
    }, delay);
  }

  private async disconnect(): Promise<void> {
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = undefined;
    const client = this.client;
    this.client = undefined;
    if (client) await client.end().catch(() => undefined);
  }
}
