// 首页 in a real browser: the figures are the api's, in Chinese, on a desktop and on a phone.
import type { Page } from '@playwright/test';
import { formatAmount, formatCount, formatDecimal } from '../src/lib/format';
import { account, DESKTOP, expect, expectAccessible, expectNoSidewaysScroll, PHONE, saveScreenshot, type SectionTotals, sectionFromApi, SIGNED_OUT, signedInAs, test } from './support';

// 首页's figures are a compiler's: the bureau's 汇编 reads them.
test.use(signedInAs('compiler'));

/** Card title → figure label → what the page must show, written out from the api's answer. */
function expectedCards(s: SectionTotals): Record<string, Record<string, string>> {
  const { relief, campaigns } = s.charity;
  const { activities: a, examSentinel: e, agreements: g, booths: b } = s.volunteering;
  const leiFeng = a.byProgram.find((p) => p.program === 'LEI_FENG');
  const [campaign, ...others] = campaigns;
  if (others.length > 0) throw new Error('these years have at most one 爱心一日捐 campaign');
  const n = (value: number, unit: string) => `${formatCount(value)} ${unit}`;
  return {
    帮困: { 帮困人次: n(relief.personTimes, '人次'), 帮困金额: `${formatAmount(relief.amount)} 元` },
    // A year without a campaign shows only its 善款 (0.00 元).
    爱心一日捐: campaign
      ? { 善款: `${formatAmount(campaign.amount)} 元`, 捐款人数: n(campaign.donorCount, '人'), 部门工会: n(campaign.unionCount, '个') }
      : { 善款: `${formatAmount(s.charity.donatedTotal)} 元` },
    学雷锋: { 活动: n(leiFeng?.count ?? 0, '场'), 参与志愿者: n(leiFeng?.personTimes ?? 0, '人次'), 服务站点: n(leiFeng?.sites ?? 0, '个') },
    志愿服务: { 活动: n(a.count, '场'), 参与志愿者: n(a.personTimes, '人次'), 服务时长: `${formatDecimal(a.volunteerHours)} 小时` },
    考务哨兵: { 保障考试: n(e.exams, '场'), 覆盖考点: n(e.sites, '个'), 累计保障: n(e.supports, '人次') },
    党建翼联: { 新签协议: n(g.signed, '份'), 有效协议: n(g.active, '份'), 共建单位: n(g.partners, '家') },
    Hello老友亭: { 服务亭: n(b.booths, '个'), 开展服务: n(b.sessions, '次'), 服务群众: n(b.peopleServed, '人次') },
  };
}

/** What the cards show, read off the page: card heading → dt → dd. */
function shownCards(page: Page): Promise<Record<string, Record<string, string>>> {
  return page.getByRole('list', { name: '主要数据' }).evaluate((list) =>
    Object.fromEntries(
      [...list.querySelectorAll('[role="listitem"]')].map((card) => [
        card.querySelector('h2')?.textContent ?? '',
        Object.fromEntries([...card.querySelectorAll('dl > div')].map((row) => [row.querySelector('dt')?.textContent ?? '', row.querySelector('dd')?.textContent ?? ''])),
      ]),
    ),
  );
}

async function openHome(page: Page, year: number): Promise<void> {
  await page.goto(`/?year=${year}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${year}年社区责任概览`);
  await expect(page.getByRole('list', { name: '主要数据' })).toBeVisible();
  await expect(page.getByRole('img', { name: /^各项目志愿服务：/ })).toBeVisible();
}

/** Visible text in Latin letters, other than the product names that are written so (Hello老友亭). */
function latinWords(text: string): string[] {
  return (text.match(/[A-Za-z]{2,}/g) ?? []).filter((word) => word !== 'Hello');
}

for (const [size, viewport] of [
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const) {
  test(`首页 shows the year's figures as communityResponsibility answers them, in Chinese (${size} ${viewport.width}×${viewport.height})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const section = await sectionFromApi(page.request, 2023);
    await openHome(page, 2023);
    expect(await shownCards(page)).toEqual(expectedCards(section));
    await expect(page).toHaveTitle('首页 · 社区责任台账');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(latinWords(await page.locator('body').innerText())).toEqual([]);
    await expectNoSidewaysScroll(page);
    await saveScreenshot(page, 'home');
    await expectAccessible(page);
  });
}

test('the phone menu unfolds under the header and leads to the pages, keeping the year', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await openHome(page, 2023);
  await expect(page.getByRole('navigation', { name: '主菜单' })).toHaveCount(0);
  await page.getByRole('button', { name: '打开菜单' }).click();
  const menu = page.getByRole('navigation', { name: '主菜单' });
  await expect(menu.getByRole('link', { name: '首页' })).toHaveAttribute('href', '/?year=2023');
  await expectNoSidewaysScroll(page);
  await saveScreenshot(page, 'home-menu');
  await expectAccessible(page);
  await menu.getByRole('link', { name: '首页' }).click();
  await expect(page.getByRole('navigation', { name: '主菜单' })).toHaveCount(0);
  await expect(page).toHaveURL(/\/\?year=2023$/);
});

test('the year picker changes the figures and the URL, and Back returns to the year before', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  const [before, after] = [await sectionFromApi(page.request, 2023), await sectionFromApi(page.request, 2024)];
  // The setup records one 2024 grant, so the two years differ where this test looks.
  expect(after.charity.relief).not.toEqual(before.charity.relief);
  await openHome(page, 2023);

  await page.getByRole('combobox', { name: '年度' }).click();
  await page.getByRole('option', { name: '2024年' }).click();
  await expect(page).toHaveURL(/[?&]year=2024(&|$)/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('2024年社区责任概览');
  await expect.poll(() => shownCards(page)).toEqual(expectedCards(after));

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('2023年社区责任概览');
  await expect.poll(() => shownCards(page)).toEqual(expectedCards(before));
});

test('the keyboard reaches the skip link first, then the header and the menu in page order, with visible focus', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await openHome(page, 2023);
  // What has the focus, and whether it shows: an outline of at least 2px on the element, or (antd's
  // inputs) a ring of at least 2px around its control, not faint.
  const focused = () =>
    page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element) return null;
      const label = element.getAttribute('aria-label') ?? (element.id ? document.querySelector(`label[for="${element.id}"]`)?.textContent : null) ?? element.textContent;
      const own = getComputedStyle(element);
      const outlined = own.outlineStyle !== 'none' && parseFloat(own.outlineWidth) >= 2;
      const ring = getComputedStyle(element.closest('.ant-select') ?? element).boxShadow;
      const ringMatch = /rgba?\(\d+, \d+, \d+(?:, ([\d.]+))?\) 0px 0px 0px ([\d.]+)px/.exec(ring);
      const ringed = ringMatch !== null && Number(ringMatch[1] ?? 1) >= 0.5 && Number(ringMatch[2]) >= 2;
      const box = element.getBoundingClientRect();
      return { label: label?.trim() ?? '', visible: outlined || ringed, onScreen: box.width > 0 && box.bottom > 0 && box.top < window.innerHeight };
    });
  const order: string[] = [];
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Tab');
    // antd animates its focus ring in: wait for it to settle.
    await expect.poll(focused, { message: `focus #${i + 1} is visible and on screen` }).toMatchObject({ visible: true, onScreen: true });
    order.push((await focused())?.label ?? '');
  }
  // The menu takes the focus as one control, named by its entries (the compiler's: 首页 and 报告汇编's page).
  expect(order).toEqual(['跳到主要内容', '社区责任台账', '年度', `账号：${account('compiler').displayName}`, '首页报告汇编社区责任章节']);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
});

test.describe('without a session', () => {
  test.use(SIGNED_OUT);

  test('首页 sends a person who is not signed in to sign in, and back to 首页 afterwards', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto('/?year=2023');
    await expect(page).toHaveURL(/\/sign-in\?from=%2F%3Fyear%3D2023$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('登录');
    await expect(page.getByRole('list', { name: '主要数据' })).toHaveCount(0);
    const compiler = account('compiler');
    await page.getByLabel('登录名').fill(compiler.username);
    await page.getByLabel('密码').fill(compiler.password);
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page).toHaveURL(/\/\?year=2023$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('2023年社区责任概览');
  });
});
