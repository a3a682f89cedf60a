// How the api serves the web app: the SPA fallback for deep links, the CSP and its nonce, and
// long-lived caching of the content-hashed assets.
import { DESKTOP, expect, expectAccessible, expectNoSidewaysScroll, PHONE, saveScreenshot, signedInAs, test } from './support';

test.use(signedInAs('compiler'));

test('a deep link is answered with the app, which says in Chinese that the page does not exist and leads home', async ({ page }) => {
  for (const viewport of [DESKTOP, PHONE]) {
    await page.setViewportSize(viewport);
    const response = await page.goto('/ledgers/no-such-page?year=2023');
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-type']).toContain('text/html');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
    await expect(page).toHaveTitle('页面不存在 · 社区责任台账');
    await expectNoSidewaysScroll(page);
    await saveScreenshot(page, 'not-found');
    await expectAccessible(page);
  }
  await page.getByRole('button', { name: '返回首页' }).click();
  await expect(page).toHaveURL(/\/\?year=2023$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('2023年社区责任概览');
});

test('the page carries a strict CSP whose nonce is on every style antd injected, and a fresh one each time', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  const nonces: string[] = [];
  for (let load = 0; load < 2; load++) {
    const response = await page.goto('/?year=2023');
    await expect(page.getByRole('list', { name: '主要数据' })).toBeVisible();
    const headers = response?.headers() ?? {};
    const csp = headers['content-security-policy'] ?? '';
    for (const directive of ["default-src 'self'", "script-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'"]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toContain('unsafe-inline');
    expect(headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'referrer-policy': 'same-origin', 'cache-control': 'no-cache' });
    const nonce = /style-src 'self' 'nonce-([^']+)'/.exec(csp)?.[1] ?? '';
    expect(nonce).not.toBe('');
    const styles = await page.evaluate(() => ({
      meta: document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce,
      nonces: [...document.querySelectorAll('style')].map((style) => style.nonce),
    }));
    expect(styles.meta).toBe(nonce);
    expect(styles.nonces.length).toBeGreaterThan(0);
    expect(new Set(styles.nonces)).toEqual(new Set([nonce]));
    nonces.push(nonce);
  }
  expect(nonces[0]).not.toBe(nonces[1]);
});

test('the content-hashed assets are cached for a year as immutable; a missing one is a 404, not the page', async ({ page, request }) => {
  await page.setViewportSize(DESKTOP);
  const assets: { url: string; cacheControl: string | undefined; status: number }[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/assets/')) assets.push({ url: response.url(), cacheControl: response.headers()['cache-control'], status: response.status() });
  });
  await page.goto('/?year=2023');
  await expect(page.getByRole('img', { name: /^各项目志愿服务：/ })).toBeVisible();
  // The entry, its stylesheet, the home page's chunk and the chart's (loaded lazily).
  expect(assets.length).toBeGreaterThanOrEqual(4);
  for (const asset of assets) expect(asset).toMatchObject({ status: 200, cacheControl: 'public, max-age=31536000, immutable' });

  const missing = await request.get('/assets/index-00000000.js');
  expect(missing.status()).toBe(404);
  expect(missing.headers()['content-type']).toContain('text/plain');
});
