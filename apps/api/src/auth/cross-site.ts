import { ForbiddenError } from '../errors/app-errors';
import { type AuthenticatedRequest, headerOf } from './request-context';

// What an HTML form (or a script's "simple" request) on another site can send without asking
// first; a cookie alone must never authenticate one of these (docs/design.md §13).
const SIMPLE_CONTENT_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];
// A header no cross-site page can set without a CORS preflight, which a closed CORS refuses.
// The same ones Apollo's CSRF prevention accepts, so the web app has one rule for /graphql and /files.
const PREFLIGHT_HEADERS = ['apollo-require-preflight', 'x-apollo-operation-name'];
const SAFE_METHODS = ['GET', 'HEAD', 'OPTIONS'];

/**
 * Refuses a cookie-authenticated request that a browser could have sent from another site: one
 * its browser marks cross-site (Sec-Fetch-Site), or a form or text/plain post without a
 * preflight header. Bearer tokens are never sent by a browser on its own, so they skip this.
 */
export function assertNotCrossSite(request: AuthenticatedRequest): void {
  if (headerOf(request, 'sec-fetch-site') === 'cross-site') throw new ForbiddenError('来自其他网站的请求不能使用本系统的登录状态');
  if (SAFE_METHODS.includes((request.method ?? 'GET').toUpperCase())) return;
  const contentType = (headerOf(request, 'content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const simple = contentType === '' || SIMPLE_CONTENT_TYPES.includes(contentType);
  if (simple && !PREFLIGHT_HEADERS.some((name) => (headerOf(request, name) ?? '') !== '')) {
    throw new ForbiddenError('以登录状态提交的请求须为 JSON（content-type: application/json）；表单或纯文本提交会被拒绝');
  }
}
