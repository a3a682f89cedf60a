// The built web app (dist/web, written by tools/build-web.mjs), read into memory once at start-up.
// Held in memory so that a tracker keeps serving the app it started with while a later build swaps
// dist/ to a new one, and so each file is gzipped once (when first asked for), not per request.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface WebFile {
  readonly body: Buffer;
  /** The body gzipped, made on first use; undefined when that would not be smaller. */
  gzipped(): Buffer | undefined;
  readonly contentType: string;
  readonly etag: string;
}

export interface WebBundle {
  /** index.html with `noncePlaceholder` wherever the page's nonce goes. */
  readonly indexHtml: string;
  readonly noncePlaceholder: string;
  /** By URL path: `/assets/index-3f2a1c.js`, `/favicon.svg`. index.html is not among them. */
  readonly files: ReadonlyMap<string, WebFile>;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

const COMPRESSIBLE = /^(text\/|application\/json|image\/svg\+xml)/;

// Vite writes `<meta property="csp-nonce" nonce="…">` with the placeholder of apps/web/vite.config.ts;
// reading it from the page keeps that placeholder in one place.
const NONCE_META = /<meta property="csp-nonce" nonce="([^"]+)"/;

const PACKAGE_NAME = 'community-responsibility-tracker';

/** The repository root (the source, apps/api/src/web, and the build, dist/apps/api/src/web, sit at different depths). */
export function workspaceRoot(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate) && (JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string }).name === PACKAGE_NAME) return dir;
    if (dirname(dir) === dir) throw new Error(`Cannot find the package.json of ${PACKAGE_NAME} above ${from}`);
  }
}

/** Where tools/build-web.mjs puts the web app. */
export function defaultWebDirectory(): string {
  return join(workspaceRoot(), 'dist', 'web');
}

/** The bundle in `directory`, or null when the web app has not been built there. */
export function loadWebBundle(directory: string): WebBundle | null {
  const indexPath = join(directory, 'index.html');
  if (!existsSync(indexPath)) return null;
  const indexHtml = readFileSync(indexPath, 'utf8');
  const placeholder = NONCE_META.exec(indexHtml)?.[1];
  if (!placeholder) throw new Error(`${indexPath} has no <meta property="csp-nonce">: rebuild the web app with npm run build:web`);
  const files = new Map<string, WebFile>();
  for (const path of filesUnder(directory)) {
    const urlPath = `/${relative(directory, path).split(sep).join('/')}`;
    if (urlPath !== '/index.html') files.set(urlPath, webFile(readFileSync(path), extname(path)));
  }
  return { indexHtml, noncePlaceholder: placeholder, files };
}

function webFile(body: Buffer, extension: string): WebFile {
  const contentType = CONTENT_TYPES[extension.toLowerCase()] ?? 'application/octet-stream';
  let gzipped: Buffer | null | undefined;
  return {
    body,
    gzipped() {
      if (gzipped === undefined) {
        const compressed = COMPRESSIBLE.test(contentType) ? gzipSync(body, { level: 9 }) : null;
        gzipped = compressed && compressed.length < body.length ? compressed : null;
      }
      return gzipped ?? undefined;
    },
    contentType,
    etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
  };
}

/** Every file below `directory`, leaving out dot-directories such as Vite's .vite/manifest.json. */
function* filesUnder(directory: string): Generator<string> {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(directory, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}
