// Serves the web app at `/`: content-hashed /assets/* cached for a year, the few other built
// files, and index.html for every other page address (the SPA fallback) with a fresh CSP nonce.
// API paths and requests that do not ask for HTML pass through to the rest of the app.
import type { NextFunction, Request, Response } from 'express';
import { contentSecurityPolicy, COMMON_HEADERS, newNonce, PAGE_HEADERS } from './security-headers';
import type { WebBundle, WebFile } from './web-bundle';
import { notBuiltPage } from './not-built.page';

/** The api's own paths (GraphQL, probes, files, metrics, the backup): never answered with the web app. */
const API_PATHS = ['/graphql', '/health', '/files', '/metrics', '/admin/backup'];

const ASSETS = '/assets/';
// Vite names every file under assets/ by its content hash, so a name never changes meaning.
const IMMUTABLE = 'public, max-age=31536000, immutable';

export function isApiPath(path: string): boolean {
  return API_PATHS.some((api) => path === api || path.startsWith(`${api}/`));
}

export function webAppHandler(bundle: WebBundle | null) {
  return (req: Request, res: Response, next: NextFunction): void => {
    // Nest mounts middleware under a route pattern, so `req.path` is relative to it: use the full URL.
    const path = pathOf(req.originalUrl);
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApiPath(path)) return next();
    const file = bundle?.files.get(path);
    if (file) return sendFile(req, res, file, path.startsWith(ASSETS) ? IMMUTABLE : 'no-cache');
    // A missing asset is a 404, never the page: a stale tab asking for an old chunk must fail visibly.
    if (path.startsWith(ASSETS)) return sendMissing(res);
    if (!req.accepts('html')) return next();
    return sendPage(res, bundle);
  };
}

function pathOf(url: string): string {
  const path = url.split('?', 1)[0] ?? '/';
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function sendFile(req: Request, res: Response, file: WebFile, cacheControl: string): void {
  res.set(COMMON_HEADERS);
  res.set({ 'Cache-Control': cacheControl, ETag: file.etag, Vary: 'Accept-Encoding', 'Content-Type': file.contentType });
  if (req.headers['if-none-match'] === file.etag) {
    res.status(304).end();
    return;
  }
  const gzip = req.acceptsEncodings('gzip') === 'gzip' ? file.gzipped() : undefined;
  if (gzip) res.set('Content-Encoding', 'gzip');
  res.status(200).end(req.method === 'HEAD' ? undefined : (gzip ?? file.body));
}

function sendMissing(res: Response): void {
  res.set(COMMON_HEADERS);
  res.status(404).type('text/plain; charset=utf-8').send('找不到这个文件。网页可能已经更新，请刷新页面。');
}

function sendPage(res: Response, bundle: WebBundle | null): void {
  const nonce = newNonce();
  res.set(PAGE_HEADERS);
  // Each response has its own nonce, so the page itself is never reused from a cache without asking.
  res.set({ 'Content-Security-Policy': contentSecurityPolicy(nonce), 'Cache-Control': 'no-cache' });
  if (!bundle) {
    res.status(503).type('text/html; charset=utf-8').send(notBuiltPage(nonce));
    return;
  }
  res.status(200).type('text/html; charset=utf-8').send(bundle.indexHtml.split(bundle.noncePlaceholder).join(nonce));
}
