// The compiler's journey (issue 17): from 首页 to the 社区责任 section, a figure checked against the
// records behind it, the Word file holding the section's numbers, an edition published with a
// note and listed, and the edition's own page with its Word file.
import type { APIRequestContext, Page } from '@playwright/test';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { formatCount } from '../src/lib/format';
import { DESKTOP, expect, expectAccessible, expectNoSidewaysScroll, PHONE, saveScreenshot, signedInAs, test } from './support';

test.use(signedInAs('compiler'));

interface SectionAnswer {
  readonly reportSection: string;
  readonly communityResponsibility: { volunteering: { activities: { count: number; byProgram: { program: string; count: number }[] } } };
  readonly sectionEditions: { id: string; version: number; note: string | null }[];
}

/** What the api answers the compiler for 2023: the figures and text the page must show. */
async function sectionAnswer(request: APIRequestContext): Promise<SectionAnswer> {
  const response = await request.post('/graphql', {
    data: {
      query: `{ reportSection(year: 2023)
        communityResponsibility(year: 2023) { volunteering { activities { count byProgram { program count } } } }
        sectionEditions(year: 2023) { id version note } }`,
    },
  });
  const body = (await response.json()) as { data?: SectionAnswer; errors?: unknown };
  if (!body.data) throw new Error(`the section query failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** volunteerActivityMonths for 2023, as the api answers the compiler. */
async function activityMonths(request: APIRequestContext): Promise<{ month: number; count: number; personTimes: number }[]> {
  const response = await request.post('/graphql', { data: { query: '{ volunteerActivityMonths(year: 2023) { month count personTimes } }' } });
  const body = (await response.json()) as { data?: { volunteerActivityMonths: { month: number; count: number; personTimes: number }[] } };
  if (!body.data) throw new Error('volunteerActivityMonths failed');
  return body.data.volunteerActivityMonths;
}

/** The paragraphs of the section's Markdown as the report reads them (no markers). */
function paragraphsOf(markdown: string): string[] {
  return markdown
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#') && !line.startsWith('|'))
    .map((line) => line.replaceAll('**', ''));
}

/** The text of a Word file's body, runs joined. */
async function wordText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

async function openSection(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('2023年社区责任章节');
  await expect(page.getByRole('article', { name: '社区责任章节文字' })).toBeVisible();
  await expect(page.getByRole('list', { name: '章节数据' })).toBeVisible();
}

test('the compiler checks a figure against its records, downloads the Word section and publishes an edition', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  const before = await sectionAnswer(page.request);
  await page.goto('/?year=2023');
  // 首页: the months and units charted from the api's figures, and the newest edition.
  const months = await activityMonths(page.request);
  const busy = months.filter((m) => m.count > 0).map((m) => `${m.month}月 ${formatCount(m.count)} 场、${formatCount(m.personTimes)} 人次`);
  await expect(page.getByRole('img', { name: `各月志愿服务：${busy.join('；')}；其余月份没有活动。` })).toBeVisible();
  await expect(page.getByRole('img', { name: /^各单位志愿服务：/ })).toBeVisible();
  const newest = Math.max(...before.sectionEditions.map((e) => e.version));
  await expect(page.getByText(/^已发布/)).toContainText(`第 ${newest} 版`);
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '社区责任章节' }).click();
  await expect(page).toHaveURL(/\/report\?year=2023$/);
  await openSection(page);

  // The text reads as the report will: every paragraph of reportSection, no Markdown markers.
  const article = page.getByRole('article', { name: '社区责任章节文字' });
  const shownText = await article.innerText();
  for (const paragraph of paragraphsOf(before.reportSection)) expect(shownText).toContain(paragraph);
  expect(shownText).not.toMatch(/\*\*|##/);
  await saveScreenshot(page, 'compiler-section');
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);

  // 学雷锋's activity count opens its records: as many rows as the figure says.
  const leiFeng = before.communityResponsibility.volunteering.activities.byProgram.find((p) => p.program === 'LEI_FENG');
  expect(leiFeng?.count).toBeGreaterThan(0);
  const leiFengCount = formatCount(leiFeng?.count ?? 0);
  await page.getByRole('button', { name: `学雷锋活动 ${leiFengCount} 场，查看明细` }).click();
  const drawer = page.getByRole('dialog', { name: `学雷锋：活动 ${leiFengCount} 场` });
  await expect(drawer.getByRole('status')).toHaveText(`这一数字来自下列 ${leiFengCount} 条学雷锋活动（不含已作废的记录）。`);
  await expect(drawer.getByRole('table', { name: '学雷锋活动明细' }).locator('tbody tr.ant-table-row')).toHaveCount(leiFeng?.count ?? 0);
  await saveScreenshot(page, 'compiler-figure-records', { fullPage: false });
  await expectAccessible(page);
  await drawer.getByRole('button', { name: 'Close' }).or(drawer.getByRole('button', { name: '关闭' })).first().click();

  // All activities are more than a page: the drawer pages on the server.
  const all = before.communityResponsibility.volunteering.activities.count;
  await page.getByRole('button', { name: `志愿服务活动活动 ${formatCount(all)} 场，查看明细` }).click();
  const allDrawer = page.getByRole('dialog', { name: `志愿服务活动：活动 ${formatCount(all)} 场` });
  await expect(allDrawer.getByRole('status')).toContainText(`下列 ${formatCount(all)} 条志愿服务活动`);
  const rows = allDrawer.locator('tbody tr.ant-table-row');
  await expect(rows).toHaveCount(Math.min(all, 20));
  const firstOfPageOne = await rows.first().innerText();
  await allDrawer.getByRole('button', { name: '下一页' }).click();
  await expect(allDrawer.getByText('第 2 页')).toBeVisible();
  await expect(rows.first()).not.toHaveText(firstOfPageOne);
  await page.keyboard.press('Escape');
  await expect(allDrawer).toBeHidden();

  // The Word file holds the section's numbers.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载 Word 章节' }).click();
  const word = await downloading;
  expect(word.suggestedFilename()).toMatch(/^社区责任.*\.docx$/);
  const wordBody = await wordText(await word.path());
  const numbers = paragraphsOf(before.reportSection).flatMap((p) => p.match(/\d[\d,]*(?:\.\d+)?/g) ?? []);
  expect(numbers.length).toBeGreaterThan(10);
  for (const number of numbers) expect(wordBody).toContain(number);

  // Publish an edition with a note: permanent, said so; then listed, newest first.
  const note = `浏览器测试发布 ${Date.now()}`;
  const version = Math.max(0, ...before.sectionEditions.map((e) => e.version)) + 1;
  await page.getByRole('button', { name: '发布版本' }).click();
  const dialog = page.getByRole('dialog', { name: '发布2023年度社区责任章节' });
  await expect(dialog.getByRole('note')).toContainText('发布后不能修改或撤回');
  await dialog.getByLabel('发布说明').fill(note);
  await saveScreenshot(page, 'compiler-publish', { fullPage: false });
  await dialog.getByRole('button', { name: '确认发布' }).click();
  await expect(page.getByText(`已发布第 ${version} 版。`)).toBeVisible();
  const editions = page.getByRole('table', { name: '发布版本列表' });
  await expect(editions.locator('tbody tr').first()).toContainText(`第 ${version} 版`);
  await expect(editions.locator('tbody tr').first()).toContainText(note);
  await expect(page.getByText(`与第 ${version} 版相比，数据没有变化。`)).toBeVisible();

  // The edition's page: its text as published, no adjustments yet, and its Word file.
  await editions.getByRole('link', { name: `第 ${version} 版` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`2023年社区责任章节 第 ${version} 版`);
  await expect(page.getByText(note)).toBeVisible();
  await expect(page.getByRole('heading', { name: '发布后调整（0 项）' })).toBeVisible();
  const editionText = await page.getByRole('article', { name: '发布时的章节文字' }).innerText();
  for (const paragraph of paragraphsOf(before.reportSection)) expect(editionText).toContain(paragraph);
  // The edition's Word file holds the edition's numbers (the same as the section's: nothing was recorded since).
  const editionDownloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载本版 Word 章节' }).click();
  const editionWord = await editionDownloading;
  expect(editionWord.suggestedFilename()).toMatch(new RegExp(`^社区责任.*第${version}版\\.docx$`));
  const editionBody = await wordText(await editionWord.path());
  for (const number of numbers) expect(editionBody).toContain(number);
  await saveScreenshot(page, 'compiler-edition');
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
});

test('an edition published before a correction lists that correction as its adjustment, on a phone', async ({ page }) => {
  await page.setViewportSize(PHONE);
  const { sectionEditions } = await sectionAnswer(page.request);
  // The demo publishes edition 1 and then corrects the 衡复 class (README, The 2023 demo).
  const first = sectionEditions.find((e) => e.version === 1);
  expect(first).toBeDefined();
  await page.goto('/report?year=2023');
  await openSection(page);
  await expect(page.getByRole('list', { name: '发布版本列表' })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await saveScreenshot(page, 'compiler-section');
  await expectAccessible(page);

  // A figure's records as cards on a phone, in a drawer as wide as the screen.
  await page.getByRole('button', { name: /^学雷锋活动 .+ 场，查看明细$/ }).click();
  const drawer = page.getByRole('dialog', { name: /^学雷锋：活动/ });
  await expect(drawer.getByRole('list', { name: '学雷锋活动明细' }).getByRole('listitem').first()).toBeVisible();
  await expectNoSidewaysScroll(page);
  await saveScreenshot(page, 'compiler-figure-records', { fullPage: false });
  await expectAccessible(page);
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  await page.getByRole('list', { name: '发布版本列表' }).getByRole('link', { name: '第 1 版' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('2023年社区责任章节 第 1 版');
  const adjustments = page.getByRole('list', { name: '发布后调整列表' });
  await expect(adjustments.getByRole('listitem').first()).toContainText('更正志愿服务活动');
  await expectNoSidewaysScroll(page);
  await saveScreenshot(page, 'compiler-edition');
  await expectAccessible(page);
});
