import type { ProjectionStatus } from '@tracker/projections';

/** What /health/ready says of a projection. lastError stays out: the probe needs no token (see projectionStatus). */
export interface ProjectionReadiness {
  readonly ready: boolean;
  readonly state: ProjectionStatus['state'];
  readonly lag: number;
  readonly checkpoint: string;
  readonly headPosition: string;
}

/** Ready unless FAILED (docs/design.md §19): a projection that lags still answers queries, so lag is reported, not judged. */
export function projectionReadiness(status: ProjectionStatus): ProjectionReadiness {
  return { ready: status.state !== 'FAILED', state: status.state, lag: status.lag, checkpoint: status.checkpoint, headPosition: status.headPosition };
}

/** Rejects after `ms`, so a probe never hangs on a database that stopped answering. */
export function withinMs<T>(ms: number, work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
