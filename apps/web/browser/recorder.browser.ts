// The recorder's pages in a real browser, on a phone: a branch secretary records last Saturday's
// 学雷锋 activity, finds it in the list, opens it, corrects it, records a look-alike and is warned
// with a link to the first, and voids the first with a reason; the section's totals (as a compiler
// reads them) move by exactly what was kept.
import { type APIRequestContext, type Page, request as playwrightRequest } from '@playwright/test';
import { account, DESKTOP, expect, expectAccessible, expectNoSidewaysScroll, PHONE, saveScreenshot, sectionFromApi, signedInAs, test } from './support';

test.use(signedInAs('recorder'));

/** Screenshots at both sizes (a dialog: the window alone), with no sideways scrolling, then the axe check; back to the phone. */
async function lookAt(page: Page, name: string, options: { readonly dialog?: boolean } = {}): Promise<void> {
  // The pointer away from the page, so that no link is looked at in its (lighter) hover colour.
  await page.mouse.move(0, 0);
  for (const viewport of [DESKTOP, PHONE]) {
    await page.setViewportSize(viewport);
    await saveScreenshot(page, name, { fullPage: !options.dialog });
    await expectNoSidewaysScroll(page);
  }
  await expectAccessible(page);
}

/** Last Saturday as the browser's calendar (Asia/Shanghai) has it: never today. */
function lastSaturday(now = new Date()): string {
  const shanghai = new Date(now.toLocaleString('en-US', { timeZone: 'Asia/Shanghai' }));
  const back = ((shanghai.getDay() + 1) % 7) || 7;
  shanghai.setDate(shanghai.getDate() - back);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${shanghai.getFullYear()}-${pad(shanghai.getMonth() + 1)}-${pad(shanghai.getDate())}`;
}

/** Picks a day from a date field's calendar, as a finger would (the field takes no typing on a phone). */
async function pickDate(page: Page, label: string, date: string): Promise<void> {
  await page.getByLabel(label).click();
  const popup = page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)');
  const day = popup.locator(`td[title="${date}"]`);
  for (let step = 0; step < 2 && (await day.count()) === 0; step += 1) await popup.locator('.ant-picker-header-prev-btn').click();
  await day.click();
  await expect(popup).toBeHidden();
}

interface Activity {
  readonly title: string;
  readonly date: string;
  readonly site: string;
  readonly personTimes: number;
  /** 爱心义卖 held during it: 笔, 元, to whom. */
  readonly sales?: { readonly transactions: number; readonly amount: string; readonly recipient: string };
}

/** Fills the 登记志愿活动 form (the recorder's one unit is chosen for them) and saves it. */
async function recordActivity(page: Page, activity: Activity): Promise<void> {
  await page.getByRole('button', { name: '登记活动' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('登记志愿活动');
  await expect(page.getByLabel('项目类别')).toBeVisible();
  await page.getByLabel('活动名称').fill(activity.title);
  await pickDate(page, '开始日期', activity.date);
  await page.getByLabel('地点').fill(activity.site);
  await page.getByLabel('人次').fill(String(activity.personTimes));
  await page.getByLabel('志愿时长（小时）').fill('24');
  if (activity.sales) {
    await page.getByLabel('义卖笔数').fill(String(activity.sales.transactions));
    await page.getByLabel('义卖金额（元）').fill(activity.sales.amount);
    await page.getByLabel('义卖款捐赠对象').fill(activity.sales.recipient);
  }
  await page.getByRole('button', { name: /^保\s?存$/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(activity.title);
}

/** The section's activity totals for the year, as a compiler of the bureau reads them. */
async function activityTotals(compiler: APIRequestContext, year: number) {
  const { count, personTimes } = (await sectionFromApi(compiler, year)).volunteering.activities;
  return { count, personTimes };
}

test('a branch secretary records, finds, corrects and voids last Saturday’s 学雷锋 activity on a phone, warned of a look-alike; the totals follow', async ({ page, baseURL }) => {
  const date = lastSaturday();
  const year = Number(date.slice(0, 4));
  const compiler = await playwrightRequest.newContext({ baseURL, storageState: account('compiler').storageState });
  const before = await activityTotals(compiler, year);
  const first: Activity = { title: '学雷锋志愿服务日·反诈宣传进社区', date, site: '康健社区文化中心', personTimes: 12, sales: { transactions: 28, amount: '1280.50', recipient: '红十字会' } };

  await page.setViewportSize(PHONE);
  await page.goto(`/records/activities?year=${year}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('志愿活动');
  await expect(page.getByText(/^共 [\d,]+ 条$/)).toBeVisible();

  // The form says what the server would refuse, before sending.
  await page.getByRole('button', { name: '登记活动' }).click();
  await page.getByRole('button', { name: /^保\s?存$/ }).click();
  await expect(page.getByText('请填写活动名称')).toBeVisible();
  await expect(page.getByText('请填写地点')).toBeVisible();
  await expect(page.getByText('请填写人次')).toBeVisible();
  await page.getByLabel('志愿时长（小时）').fill('1.255');
  await expect(page.getByText('志愿时长须为数字，最多两位小数，例如 2.5')).toBeVisible();
  // A 义卖 is all three of its fields or none.
  await page.getByLabel('义卖款捐赠对象').fill('红十字会');
  await page.getByRole('button', { name: /^保\s?存$/ }).click();
  await expect(page.getByText('请填写义卖笔数')).toBeVisible();
  await expect(page.getByText('请填写义卖金额')).toBeVisible();
  await lookAt(page, 'recorder-activity-new');
  await page.getByRole('button', { name: /^取\s?消$/ }).click();

  await recordActivity(page, first);
  const history = page.getByRole('list', { name: '历史记录' });
  await expect(history).toContainText(`登记 · ${account('recorder').displayName}（${account('recorder').username}）`);
  // 登记 above says who by name too, though the record's row keeps only the login.
  await expect(page.locator('.ant-descriptions-item-content').filter({ hasText: `${account('recorder').displayName}（${account('recorder').username}） · ` })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByText('义卖款去向')).toBeVisible();
  await expect(page.getByText('红十字会')).toBeVisible();
  await expect.poll(() => activityTotals(compiler, year)).toEqual({ count: before.count + 1, personTimes: before.personTimes + 12 });
  const firstUrl = page.url();

  // In the list, as a card on the phone; searched by its title on the server.
  await page.getByRole('link', { name: '返回志愿活动列表' }).click();
  await page.getByLabel('搜索活动名称或地点').fill('反诈宣传进社区');
  await page.getByRole('button', { name: /^搜\s?索$/ }).click();
  await expect(page.getByText('共 1 条')).toBeVisible();
  const card = page.getByRole('list', { name: '志愿活动列表' }).getByRole('listitem');
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('12');
  await expect(card).toContainText('康健社区文化中心');
  await lookAt(page, 'recorder-activities');
  await page.setViewportSize(PHONE);

  // Opened and corrected: the history says what changed, from what to what, and why.
  await card.getByRole('link', { name: first.title }).click();
  await page.getByRole('button', { name: /^更\s?正$/ }).click();
  const correcting = page.getByRole('dialog', { name: `更正：${first.title}` });
  await expect(correcting.getByLabel('活动名称')).toHaveValue(first.title);
  await correcting.getByLabel('人次').fill('15');
  await correcting.getByRole('button', { name: '保存更正' }).click();
  await expect(correcting).toContainText('请填写更正原因');
  await correcting.getByLabel('更正原因').fill('有 3 位志愿者漏记');
  await lookAt(page, 'recorder-activity-correct', { dialog: true });
  await page.setViewportSize(PHONE);
  await correcting.getByRole('button', { name: '保存更正' }).click();
  await expect(correcting).toBeHidden();
  await expect(history).toContainText('更正');
  await expect(history).toContainText('人次：12 → 15');
  await expect(history).toContainText('原因：有 3 位志愿者漏记');
  await expect.poll(() => activityTotals(compiler, year)).toEqual({ count: before.count + 1, personTimes: before.personTimes + 15 });
  await lookAt(page, 'recorder-activity');
  await page.setViewportSize(PHONE);

  // The same activity entered again: kept, and the page says which record it looks like, with a link.
  await page.getByRole('link', { name: '返回志愿活动列表' }).click();
  await recordActivity(page, { ...first, personTimes: 15 });
  const warning = page.getByRole('alert');
  await expect(warning).toContainText('已保存，但可能与已有记录重复');
  await expect(warning).toContainText(`“${first.title}”`);
  await lookAt(page, 'recorder-activity-warning');
  await page.setViewportSize(PHONE);
  await expect.poll(() => activityTotals(compiler, year)).toEqual({ count: before.count + 2, personTimes: before.personTimes + 30 });
  await warning.getByRole('link', { name: '查看那条记录' }).click();
  await expect(page).toHaveURL(firstUrl);

  // The first one voided, with a reason asked for and a warning of what it does.
  await page.getByRole('button', { name: /^作\s?废$/ }).click();
  const voiding = page.getByRole('dialog', { name: `作废活动“${first.title}”` });
  await voiding.getByRole('button', { name: '确认作废' }).click();
  await expect(voiding).toContainText('请填写作废原因');
  await voiding.getByLabel('作废原因').fill('与另一条重复录入');
  await lookAt(page, 'recorder-activity-void', { dialog: true });
  await page.setViewportSize(PHONE);
  await voiding.getByRole('button', { name: '确认作废' }).click();
  await expect(voiding).toBeHidden();
  await expect(page.getByRole('note', { name: '已作废' })).toContainText('原因：与另一条重复录入');
  await expect(history).toContainText('作废');
  await expect(page.getByRole('button', { name: /^更\s?正$/ })).toHaveCount(0);
  await expect.poll(() => activityTotals(compiler, year)).toEqual({ count: before.count + 1, personTimes: before.personTimes + 15 });

  // Out of the list unless voided ones are asked for.
  await page.getByRole('link', { name: '返回志愿活动列表' }).click();
  await page.getByLabel('搜索活动名称或地点').fill('反诈宣传进社区');
  await page.getByRole('button', { name: /^搜\s?索$/ }).click();
  await expect(page.getByText('共 1 条')).toBeVisible();
  // The box follows the URL, which the router updates a moment after the click.
  await page.getByRole('checkbox', { name: '含已作废' }).click();
  await expect(page.getByRole('checkbox', { name: '含已作废' })).toBeChecked();
  await expect(page.getByText('共 2 条')).toBeVisible();
  await expect(page.getByRole('list', { name: '志愿活动列表' })).toContainText('已作废');
  await compiler.dispose();
});

test('考务哨兵: a shift recorded (the form refusing what the server would), corrected with a reason, found in the list; a correction that makes another look like it says so', async ({ page }) => {
  const date = lastSaturday();
  const year = Number(date.slice(0, 4));
  await page.setViewportSize(PHONE);
  await page.goto(`/records/exam-shifts?year=${year}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('考务哨兵');
  await page.getByRole('button', { name: '登记考务保障' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('登记考务保障');
  await page.getByLabel('考试名称').fill('秋季学业水平考试');
  await pickDate(page, '考试日期', date);
  await page.getByLabel('考点').fill('南洋模范中学');
  await page.getByRole('button', { name: /^保\s?存$/ }).click();
  await expect(page.getByText('请填写保障人次')).toBeVisible();
  await page.getByLabel('保障人次').fill('6');
  await lookAt(page, 'recorder-exam-shift-new');
  await page.setViewportSize(PHONE);
  await page.getByRole('button', { name: /^保\s?存$/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('秋季学业水平考试 · 南洋模范中学');
  await page.getByRole('button', { name: /^更\s?正$/ }).click();
  const correcting = page.getByRole('dialog', { name: '更正：秋季学业水平考试 · 南洋模范中学' });
  await correcting.getByLabel('保障人次').fill('8');
  await correcting.getByLabel('更正原因').fill('下午场多 2 人');
  await correcting.getByRole('button', { name: '保存更正' }).click();
  await expect(page.getByRole('list', { name: '历史记录' })).toContainText('保障人次：6 → 8');
  await lookAt(page, 'recorder-exam-shift');
  await page.setViewportSize(PHONE);
  const firstUrl = page.url();
  await page.getByRole('link', { name: '返回考务哨兵列表' }).click();
  await expect(page.getByRole('list', { name: '考务哨兵列表' })).toContainText('秋季学业水平考试 · 南洋模范中学');
  await lookAt(page, 'recorder-exam-shifts');
  await page.setViewportSize(PHONE);

  // Another site's shift, then corrected to the first one's site: kept, and its page says which shift it now looks like.
  await page.getByRole('button', { name: '登记考务保障' }).click();
  await page.getByLabel('考试名称').fill('秋季学业水平考试');
  await pickDate(page, '考试日期', date);
  await page.getByLabel('考点').fill('上海中学');
  await page.getByLabel('保障人次').fill('4');
  await page.getByRole('button', { name: /^保\s?存$/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('秋季学业水平考试 · 上海中学');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByRole('button', { name: /^更\s?正$/ }).click();
  const moving = page.getByRole('dialog', { name: '更正：秋季学业水平考试 · 上海中学' });
  await moving.getByLabel('考点').fill('南洋模范中学');
  await moving.getByLabel('更正原因').fill('考点登记错了');
  await moving.getByRole('button', { name: '保存更正' }).click();
  await expect(moving).toBeHidden();
  const warning = page.getByRole('alert');
  await expect(warning).toContainText('已保存，但可能与已有记录重复');
  await expect(warning).toContainText('“秋季学业水平考试”（考点 南洋模范中学');
  await saveScreenshot(page, 'recorder-exam-shift-corrected-look-alike');
  await warning.getByRole('link', { name: '查看那条记录' }).click();
  await expect(page).toHaveURL(firstUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('秋季学业水平考试 · 南洋模范中学');
});

test('党建翼联: a partner said twice is refused before sending; the agreement signed, then found in the list', async ({ page }) => {
  const date = lastSaturday();
  const year = Number(date.slice(0, 4));
  await page.setViewportSize(PHONE);
  await page.goto(`/records/agreements?year=${year}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('党建翼联');
  await page.getByRole('button', { name: '登记协议' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('登记党建翼联协议');
  await pickDate(page, '签约日期', date);
  await page.getByLabel('第 1 个的名称').fill('虹南居委');
  await page.getByRole('button', { name: '添加共建单位' }).click();
  await page.getByLabel('第 2 个的名称').fill('虹南居委');
  await page.getByRole('button', { name: /^保\s?存$/ }).click();
  await expect(page.getByText('共建单位“虹南居委”重复了')).toBeVisible();
  await page.getByLabel('第 2 个的名称').fill('虹梅街道社区党委');
  await lookAt(page, 'recorder-agreement-new');
  await page.setViewportSize(PHONE);
  await page.getByRole('button', { name: /^保\s?存$/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('虹南居委、虹梅街道社区党委');
  await expect(page.getByRole('list', { name: '历史记录' })).toContainText('签订');
  await lookAt(page, 'recorder-agreement');
  await page.setViewportSize(PHONE);
  await page.getByRole('link', { name: '返回党建翼联列表' }).click();
  await expect(page.getByRole('list', { name: '党建翼联协议列表' })).toContainText('虹南居委、虹梅街道社区党委');
  await lookAt(page, 'recorder-agreements');
});

test('Hello老友亭: a booth opened, a staffed day recorded on its page, the booth in the list', async ({ page }) => {
  const date = lastSaturday();
  const year = Number(date.slice(0, 4));
  await page.setViewportSize(PHONE);
  await page.goto(`/records/booths?year=${year}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hello老友亭');
  await page.getByRole('button', { name: '启用服务亭' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('启用服务亭');
  await page.getByLabel('名称').fill('虹南Hello老友亭');
  // With a 街道 list kept (the admin's journey may have kept one) the field offers it; else a new name is taken as typed.
  const answer = await page.request.post('/graphql', { data: { query: '{ subdistricts { kept names } }' } });
  const { kept, names } = ((await answer.json()) as { data: { subdistricts: { kept: boolean; names: string[] } } }).data.subdistricts;
  if (kept && names[0]) {
    await page.getByLabel('街道').click();
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle(names[0], { exact: true }).click();
  } else {
    await page.getByLabel('街道').fill('虹梅');
  }
  await page.getByLabel('位置').fill('虹南居委活动室');
  await pickDate(page, '启用日期', date);
  await lookAt(page, 'recorder-booth-new');
  await page.setViewportSize(PHONE);
  await page.getByRole('button', { name: /^保\s?存$/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('虹南Hello老友亭');
  await page.getByRole('button', { name: '登记服务' }).click();
  const session = page.getByRole('dialog', { name: '登记服务：虹南Hello老友亭' });
  await pickDate(page, '服务日期', date);
  await session.getByLabel('志愿者人数').fill('3');
  await session.getByLabel('服务人数').fill('25');
  await session.getByRole('button', { name: /^保\s?存$/ }).click();
  await expect(session).toBeHidden();
  await expect(page.getByRole('list', { name: '服务记录' })).toContainText('25');
  await lookAt(page, 'recorder-booth');
  await page.setViewportSize(PHONE);
  await page.getByRole('link', { name: '返回服务亭列表' }).click();
  await expect(page.getByRole('list', { name: '服务亭列表' })).toContainText('虹南Hello老友亭');
  await lookAt(page, 'recorder-booths');
});
