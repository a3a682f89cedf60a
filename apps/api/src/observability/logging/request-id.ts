import { randomUUID } from 'node:crypto';

// Ids a client or a proxy may hand us: short, and nothing that could break a log line.
const VALID_REQUEST_ID = /^[\w.:-]{1,100}$/;
const REQUEST_ID_HEADERS = ['x-request-id', 'x-correlation-id'] as const;

interface IdentifiableRequest {
  id?: unknown;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

/**
 * The request's id: the one already given to it (the access log assigns it first), else a valid
 * `x-request-id` or `x-correlation-id` from the client, else a new one. It is the access line's
 * `requestId` and the `correlationId` of the events the request writes, so both can be joined.
 */
export function requestIdOf(request: IdentifiableRequest): string {
  if (typeof request.id === 'string') return request.id;
  for (const header of REQUEST_ID_HEADERS) {
    const given = request.headers[header];
    if (typeof given === 'string' && VALID_REQUEST_ID.test(given)) return given;
  }
  return randomUUID();
}
