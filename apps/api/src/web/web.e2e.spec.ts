// The web app as the api serves it, over real HTTP: a fixture bundle laid out as Vite builds it,
// mounted by WebModule beside controllers standing in for the api's own paths; then the real app.
import { Controller, Get, type INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ApiHarness } from '../../test/api-harness';
import { isApiPath } from './web-app.middleware';
import { loadWebBundle } from './web-bundle';
import { WebModule } from './web.module';

const PLACEHOLDER = 'CSP_NONCE_PLACEHOLDER';
const INDEX = `<!doctype html><html lang="zh-CN"><head><meta property="csp-nonce" nonce="${PLACEHOLDER}">
<script type="module" crossorigin src="/assets/index-AbC123.js" nonce="${PLACEHOLDER}"></script></head><body><div id="root"></div></body></html>`;
const ENTRY = `console.log(${JSON.stringify('社区责任'.repeat(200))});`;

@Controller()
class ApiStandIn {
  @Get('health')
  health() {
    return { status: 'ok' };
  }

  @Get('files/section/2023.docx')
  file() {
    return { file: 'section' };
  }
}

async function fixture(built: boolean): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'web-fixture-'));
  if (!built) return dir;
  await mkdir(join(dir, 'assets'));
  await mkdir(join(dir, '.vite'));
  await writeFile(join(dir, 'index.html'), INDEX);
  await writeFile(join(dir, 'assets', 'index-AbC123.js'), ENTRY);
  await writeFile(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(join(dir, '.vite', 'manifest.json'), '{"secret":"build details"}');
  return dir;
}

async function serve(dir: string): Promise<{ app: INestApplication; url: string }> {
  @Module({ imports: [WebModule.forRoot(dir)], controllers: [ApiStandIn] })
  class WebTestModule {}
  const app = await NestFactory.create(WebTestModule, { logger: false });
  await app.listen(0, '127.0.0.1');
  return { app, url: `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}` };
}

const html = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };
const nonceOf = (csp: string | null) => /style-src 'self' 'nonce-([^']+)'/.exec(csp ?? '')?.[1];

describe('a built web app', () => {
  let dir: string;
  let server: { app: INestApplication; url: string };

  beforeAll(async () => {
    dir = await fixture(true);
    server = await serve(dir);
  });
  afterAll(async () => {
    await server.app.close();
    await rm(dir, { recursive: true, force: true });
  });

  it.each(['/', '/ledgers/activities', '/ledgers/activities/8f1c?year=2023'])('answers %s with index.html, a fresh nonce in it and in a strict CSP', async (path) => {
    const pages = await Promise.all([fetch(`${server.url}${path}`, { headers: html }), fetch(`${server.url}${path}`, { headers: html })]);
    const nonces: string[] = [];
    for (const page of pages) {
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(page.headers.get('cache-control')).toBe('no-cache');
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
      expect(page.headers.get('referrer-policy')).toBe('same-origin');
      expect(page.headers.get('x-frame-options')).toBe('DENY');
      const csp = page.headers.get('content-security-policy') ?? '';
      expect(csp.split('; ')).toEqual(
        expect.arrayContaining(["default-src 'self'", "script-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'"]),
      );
      expect(csp).not.toContain('unsafe-inline');
      const nonce = nonceOf(csp) ?? '';
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{24}$/);
      const body = await page.text();
      expect(body).not.toContain(PLACEHOLDER);
      expect(body).toContain(`<meta property="csp-nonce" nonce="${nonce}">`);
      expect(body).toContain(`src="/assets/index-AbC123.js" nonce="${nonce}"`);
      nonces.push(nonce);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  it('serves the hashed assets for a year as immutable, gzipped when the browser takes it, 304 when unchanged', async () => {
    const asset = await fetch(`${server.url}/assets/index-AbC123.js`, { headers: { 'accept-encoding': 'identity' } });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(asset.headers.get('x-content-type-options')).toBe('nosniff');
    expect(asset.headers.get('content-encoding')).toBeNull();
    expect(await asset.text()).toBe(ENTRY);

    const { request } = await import('node:http');
    const gzipped = await new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
      request(`${server.url}/assets/index-AbC123.js`, { headers: { 'accept-encoding': 'gzip, br' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
      })
        .on('error', reject)
        .end();
    });
    expect(gzipped.encoding).toBe('gzip');
    expect(gunzipSync(gzipped.body).toString()).toBe(ENTRY);
    expect(gzipped.body.length).toBeLessThan(Buffer.byteLength(ENTRY));

    const again = await fetch(`${server.url}/assets/index-AbC123.js`, { headers: { 'if-none-match': asset.headers.get('etag') ?? '' } });
    expect(again.status).toBe(304);

    const head = await fetch(`${server.url}/assets/index-AbC123.js`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await head.text()).toBe('');
  });

  it('answers a missing asset with a 404 in Chinese, never with the page', async () => {
    const missing = await fetch(`${server.url}/assets/index-Old999.js`, { headers: html });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await missing.text()).toContain('找不到这个文件');
  });

  it('serves the other built files (not under assets/) to be revalidated, and never the build manifest', async () => {
    const icon = await fetch(`${server.url}/favicon.svg`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
    expect(icon.headers.get('cache-control')).toBe('no-cache');
    const manifest = await fetch(`${server.url}/.vite/manifest.json`);
    expect(await manifest.text()).not.toContain('build details');
  });

  it("leaves the api's own paths to the api, even when a browser asks for HTML", async () => {
    const health = await fetch(`${server.url}/health`, { headers: html });
    expect(await health.json()).toEqual({ status: 'ok' });
    const file = await fetch(`${server.url}/files/section/2023.docx`, { headers: html });
    expect(await file.json()).toEqual({ file: 'section' });
    for (const path of ['/graphql', '/metrics', '/health/ready', '/files/nothing']) {
      const response = await fetch(`${server.url}${path}`, { headers: html });
      expect({ path, status: response.status, page: (await response.text()).includes('csp-nonce') }).toEqual({ path, status: 404, page: false });
    }
  });

  it('answers only GET and HEAD requests that accept HTML with the page', async () => {
    const json = await fetch(`${server.url}/ledgers`, { headers: { accept: 'application/json' } });
    expect(json.status).toBe(404);
    expect(json.headers.get('content-type')).toContain('application/json');
    const post = await fetch(`${server.url}/`, { method: 'POST', headers: html });
    expect(post.status).toBe(404);
  });
});

describe('before the web app is built', () => {
  let dir: string;
  let server: { app: INestApplication; url: string };

  beforeAll(async () => {
    dir = await fixture(false);
    server = await serve(dir);
  });
  afterAll(async () => {
    await server.app.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('answers / with a short Chinese page saying how to build it, under the same CSP', async () => {
    const page = await fetch(`${server.url}/`, { headers: html });
    expect(page.status).toBe(503);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const nonce = nonceOf(page.headers.get('content-security-policy'));
    const body = await page.text();
    expect(body).toContain('<h1>网页尚未构建</h1>');
    expect(body).toContain('npm run build:web');
    expect(body).toContain(`<style nonce="${nonce}">`);
  });

  it('still answers the api and 404s assets', async () => {
    expect(await (await fetch(`${server.url}/health`)).json()).toEqual({ status: 'ok' });
    expect((await fetch(`${server.url}/assets/index-AbC123.js`)).status).toBe(404);
  });
});

describe('the bundle and the paths', () => {
  it('refuses an index.html without the nonce placeholder, naming the fix', async () => {
    const dir = await fixture(false);
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>x</title>');
    expect(() => loadWebBundle(dir)).toThrow(/csp-nonce.*npm run build:web/);
    await rm(dir, { recursive: true, force: true });
  });

  it('knows the api paths by whole segments', () => {
    expect(['/graphql', '/graphql/', '/health', '/health/live', '/files/ledgers/2023.xlsx', '/metrics'].every(isApiPath)).toBe(true);
    expect(['/', '/graphqlx', '/healthy', '/filesystem', '/metrics-page', '/ledgers'].some(isApiPath)).toBe(false);
  });
});

describe('the tracker', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await ApiHarness.start();
  });
  afterAll(() => api.close());

  it('serves the web app (or how to build it) at /, and its GraphQL and health as before', async () => {
    const page = await fetch(`${api.url}/`, { headers: html });
    expect([200, 503]).toContain(page.status);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await (await fetch(`${api.url}/health`, { headers: html })).json()).toEqual({ status: 'ok' });
    const token = api.token({ roles: ['COMPILER'] });
    expect((await api.gql<{ version: string }>('{ version }', {}, token)).data?.version).toMatch(/^\d+\.\d+\.\d+/);
  });
});
