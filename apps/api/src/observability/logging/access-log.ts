// One access line per HTTP request (docs/design.md §19): method, path, status, duration, request id,
// account, and for GraphQL the operation. Headers, bodies, query strings and variables are never
// part of it, so no token, cookie, password or relief reason can be.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Level, Logger as PinoRootLogger } from 'pino';
import { type HttpLogger, pinoHttp } from 'pino-http';
import { graphQLOperationOf, operationNameForLog } from '../graphql/graphql-operation';
import { accountOf, pathOf } from '../http-request';
import { requestIdOf } from './request-id';

// Probes and scrapes come every few seconds; when they succeed they are not news.
const ROUTINE_PATHS = new Set(['/health', '/health/live', '/health/ready', '/metrics']);

export function accessLevel(path: string, status: number, failed: boolean): Level {
  if (failed || status >= 500) return 'error';
  if (status < 400 && ROUTINE_PATHS.has(path)) return 'debug';
  return 'info';
}

export interface AccessRecord {
  readonly kind: 'access';
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly durationMs: number;
  readonly account?: string;
  readonly graphql?: { readonly operationType?: string; readonly operationName?: string };
}

function durationOf(value: unknown): number {
  return typeof value === 'object' && value !== null && 'responseTime' in value && typeof value.responseTime === 'number' ? value.responseTime : 0;
}

export function accessRecord(request: IncomingMessage, response: ServerResponse, durationMs: number): AccessRecord {
  const account = accountOf(request);
  const operation = graphQLOperationOf(request);
  const name = operationNameForLog(operation?.name);
  return {
    kind: 'access',
    method: request.method ?? 'GET',
    path: pathOf(request),
    status: response.statusCode,
    durationMs,
    ...(account ? { account } : {}),
    ...(operation ? { graphql: { ...(operation.type ? { operationType: operation.type } : {}), ...(name ? { operationName: name } : {}) } } : {}),
  };
}

export function accessMessage(request: IncomingMessage, response: ServerResponse): string {
  return `${request.method ?? 'GET'} ${pathOf(request)} ${response.statusCode}`;
}

/** The pino-http middleware: gives each request its id (echoed as `x-request-id`) and writes its access line. */
export function accessLog(root: PinoRootLogger): HttpLogger {
  return pinoHttp({
    logger: root,
    // Bind only the id to the request's logger: lines logged while serving it carry `requestId`.
    quietReqLogger: true,
    quietResLogger: true,
    customAttributeKeys: { reqId: 'requestId' },
    genReqId: (request, response) => {
      const id = requestIdOf(request);
      response.setHeader('x-request-id', id);
      return id;
    },
    customLogLevel: (request, response, error) => accessLevel(pathOf(request), response.statusCode, error !== undefined),
    customSuccessMessage: accessMessage,
    customErrorMessage: accessMessage,
    customSuccessObject: (request, response, value: unknown) => accessRecord(request, response, durationOf(value)),
    customErrorObject: (request, response, _error, value: unknown) => accessRecord(request, response, durationOf(value)),
  });
}
