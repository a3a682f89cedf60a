// What the processes of a WORKERS=n tracker tell each other over node's cluster channel: a worker
// says when it serves, and the worker that runs the projector says each checkpoint it commits,
// which the primary passes on to the other workers (their read-your-writes waits). A tracker
// started with an IPC channel (a supervisor, the benchmark) also says when it serves.

/** The primary hands its workers the database it resolved (the embedded one, or DATABASE_URL). */
export const WORKER_DATABASE_URL = 'TRACKER_WORKER_DATABASE_URL';
/** Which worker this is, 1 to WORKERS; a replacement takes the slot of the one it replaces. */
export const WORKER_SLOT = 'TRACKER_WORKER_SLOT';

export type ClusterMessage = { readonly type: 'tracker:serving' } | { readonly type: 'tracker:checkpoint'; readonly position: string };

export function isClusterMessage(message: unknown): message is ClusterMessage {
  if (typeof message !== 'object' || message === null) return false;
  const { type, position } = message as { type?: unknown; position?: unknown };
  return type === 'tracker:serving' || (type === 'tracker:checkpoint' && typeof position === 'string');
}
