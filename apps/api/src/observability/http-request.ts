// What the access line and the request metrics read off an HTTP request, whatever served it
// (a Nest controller, Apollo, a static file), without trusting the shape of what is attached.
import type { IncomingMessage } from 'node:http';

/** The path without its query string: a query string may carry anything, a path is what was asked. */
export function pathOf(request: IncomingMessage): string {
  const url = 'originalUrl' in request && typeof request.originalUrl === 'string' ? request.originalUrl : (request.url ?? '');
  return url.split('?', 1)[0] ?? '';
}

/** The token's subject, once the auth guard verified it (docs/design.md §7). */
export function accountOf(request: object): string | undefined {
  if (!('principal' in request)) return undefined;
  const { principal } = request;
  return typeof principal === 'object' && principal !== null && 'subject' in principal && typeof principal.subject === 'string' ? principal.subject : undefined;
}

/** The Express route pattern that answered (`/health/ready`), never the concrete path with its ids. */
export function routePatternOf(request: object): string | undefined {
  if (!('route' in request)) return undefined;
  const { route } = request;
  return typeof route === 'object' && route !== null && 'path' in route && typeof route.path === 'string' ? route.path : undefined;
}
