// Read your writes across the workers of one tracker (WORKERS=n): the worker that runs the
// projector tells the others each checkpoint it commits (node's cluster channel, passed on by the
// primary), so a mutation answered by any worker waits for its event in memory, as it does in the
// projecting one, instead of polling the checkpoint row. The row stays the fallback.
import cluster from 'node:cluster';
import type { AllPosition } from '@tracker/event-store';
import { comparePositions, formatPosition, parsePosition } from '@tracker/event-store';
import { type ClusterMessage, isClusterMessage } from '../runtime/cluster-messages';

/** How the processes of one tracker reach each other. */
export interface PeerChannel {
  /** False in a tracker of one process: nobody to tell, nobody telling. */
  readonly connected: boolean;
  send(message: ClusterMessage): void;
  onMessage(listener: (message: ClusterMessage) => void): () => void;
}

export const NO_PEERS: PeerChannel = { connected: false, send: () => undefined, onMessage: () => () => undefined };

/** The cluster channel when this process is a worker; NO_PEERS otherwise. */
export function clusterPeerChannel(): PeerChannel {
  if (!cluster.isWorker) return NO_PEERS;
  return {
    get connected() {
      return process.connected;
    },
    send: (message) => {
      // A channel closing (the primary going away) stops this worker anyway; the row covers the rest.
      if (process.connected) process.send?.(message, undefined, undefined, () => undefined);
    },
    onMessage: (listener) => {
      const heard = (message: unknown) => {
        if (isClusterMessage(message)) listener(message);
      };
      process.on('message', heard);
      return () => process.off('message', heard);
    },
  };
}

export class CheckpointPeers {
  private newest: AllPosition | undefined;
  private readonly waiters = new Set<() => void>();
  private readonly stopHearing: () => void;

  constructor(private readonly channel: PeerChannel) {
    this.stopHearing = channel.onMessage((message) => {
      if (message.type !== 'tracker:checkpoint') return;
      const position = parsePosition(message.position);
      if (this.newest && comparePositions(position, this.newest) <= 0) return;
      this.newest = position;
      for (const wake of [...this.waiters]) wake();
    });
  }

  get connected(): boolean {
    return this.channel.connected;
  }

  /** From the projecting process: a checkpoint it committed. */
  announce(position: AllPosition): void {
    this.channel.send({ type: 'tracker:checkpoint', position: formatPosition(position) });
  }

  /** Whether a peer has said its projector passed `position`. */
  passed(position: AllPosition): boolean {
    return this.newest !== undefined && comparePositions(this.newest, position) >= 0;
  }

  /** Resolves at the next checkpoint heard, or after `timeoutMs`. */
  next(timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.waiters.add(done);
    });
  }

  close(): void {
    this.stopHearing();
    for (const wake of [...this.waiters]) wake();
  }
}
