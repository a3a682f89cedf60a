// The union treasurer's pages in a real browser (issue 17): the 7 department unions' 爱心一日捐
// sheet with one bad row is checked, fixed and imported once; a repeat writes nothing; the
// campaign's progress and the section's 爱心一日捐 total move by the sheet's sum. Then 帮困: a reason
// naming someone's phone number is refused on its field.
import { type Page, request as requestContext } from '@playwright/test';
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { account, DESKTOP, expect, expectAccessible, expectNoSidewaysScroll, PHONE, saveScreenshot, sectionFromApi, signedInAs, test } from './support';

test.use(signedInAs('treasurer'));

const YEAR = 2024;

/** Screenshots at both sizes (a dialog: the window alone), with no sideways scrolling, then the axe check. */
async function lookAt(page: Page, name: string, options: { readonly dialog?: boolean } = {}): Promise<void> {
  for (const viewport of [DESKTOP, PHONE]) {
    await page.setViewportSize(viewport);
    // From the top: a full-page shot of a scrolled page draws the sticky header midway.
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, name, { fullPage: !options.dialog });
    await expectNoSidewaysScroll(page);
  }
  await page.setViewportSize(DESKTOP);
  await expectAccessible(page);
}

/** The 7 department unions of the demo and what each remitted, as the treasurer types them. */
const REMITTANCES = [
  ['综合部工会', 5100, 48, '2024-06-12'],
  ['公众客户部工会', 7800.5, 70, '2024-06-13'],
  ['政企客户部工会', 6000, 52, '2024/6/14'],
  ['行业数字化部工会', '5,020.00', 44, '2024年6月17日'],
  ['网络运维部工会', 4700, 41, '2024-06-18'],
  ['工程建设部工会', 5900.5, 50, '2024-06-19'],
  ['财务部工会', 4800, 40, '2024-06-20'],
] as const;
const SHEET_SUM_FEN = 5100_00 + 7800_50 + 6000_00 + 5020_00 + 4700_00 + 5900_50 + 4800_00;
const fen = (yuan: string) => Math.round(Number(yuan) * 100);

/** The downloaded template with the remittances filled in from row 2; `amountOf` may spoil a row's amount. */
async function filledSheet(template: string, path: string, amountOf: (index: number) => ExcelJS.CellValue): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(template);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('the template has no sheet');
  expect(sheet.getRow(1).values).toEqual([undefined, '部门工会', '金额（元）', '捐款人数', '收款日期']);
  REMITTANCES.forEach(([union, , donors, date], index) => {
    sheet.getRow(index + 2).values = [union, amountOf(index), donors, date];
  });
  await workbook.xlsx.writeFile(path);
  return path;
}

test('the treasurer checks the 7 unions’ sheet, fixes its bad row, imports it once, and a repeat writes nothing', async ({ page, baseURL }) => {
  // About 20 s on an idle machine, but five pages are looked at in two sizes with axe: on a loaded one, more than the default 60 s.
  test.slow();
  const admin = await requestContext.newContext({ baseURL, storageState: account('admin').storageState });
  const before = await sectionFromApi(admin, YEAR);

  await page.goto(`/union/campaigns?year=${YEAR}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('爱心一日捐');
  await page.getByRole('button', { name: '发起活动' }).click();
  const launch = page.getByRole('dialog', { name: '发起爱心一日捐' });
  await expect(launch.getByLabel('活动名称')).toHaveValue(`${YEAR}年爱心一日捐`);
  await launch.getByLabel('发起日期').fill(`${YEAR}年6月1日`);
  await launch.getByLabel('发起日期').press('Tab');
  await lookAt(page, 'treasurer-launch', { dialog: true });
  await launch.getByRole('button', { name: '发起', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${YEAR}年爱心一日捐`);
  await expect(page.getByText('已汇款 0 / 7 个部门工会')).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: '下载导入模板' }).click();
  const dir = mkdtempSync(join(tmpdir(), 'treasurer-'));
  const template = join(dir, 'template.xlsx');
  await (await download).saveAs(template);

  // Row 4 (the third union) says 0 元: refused by the check, by row and column, and nothing written.
  const mistaken = await filledSheet(template, join(dir, 'mistaken.xlsx'), (index) => (index === 2 ? 0 : (REMITTANCES[index]?.[1] ?? null)));
  await page.getByLabel('选择要导入的 Excel 文件').setInputFiles(mistaken);
  const problems = page.getByRole('table', { name: '有问题的行' });
  await expect(problems.getByRole('row').filter({ hasText: '第 4 行' })).toContainText(['金额（元）']);
  await expect(problems.getByRole('row').filter({ hasText: '第 4 行' })).toContainText('金额须大于 0');
  await expect(page.getByText('共 7 行，其中 1 行有问题，请改正后再导入。没有写入任何记录。')).toBeVisible();
  await lookAt(page, 'treasurer-import-problems');

  const fixed = await filledSheet(template, join(dir, 'fixed.xlsx'), (index) => REMITTANCES[index]?.[1] ?? null);
  await page.getByLabel('选择要导入的 Excel 文件').setInputFiles(fixed);
  await expect(page.getByText('共 7 行，全部通过检查。正式导入将写入 7 行。')).toBeVisible();
  await page.getByRole('button', { name: '正式导入' }).click();
  await expect(page.getByText('共 7 行，已写入 7 行（不会重复写入）。')).toBeVisible();
  await expect(page.getByText('已汇款 7 / 7 个部门工会')).toBeVisible();
  const sum = (SHEET_SUM_FEN / 100).toLocaleString('en-US', { minimumFractionDigits: 2 });
  await expect(page.getByRole('definition').filter({ hasText: sum })).toBeVisible();
  await expect(page.getByRole('table', { name: '捐款记录' }).getByRole('row')).toHaveCount(1 + REMITTANCES.length);
  await lookAt(page, 'treasurer-campaign');

  // The same file again: checked as already imported, and importing it writes nothing.
  await page.getByLabel('选择要导入的 Excel 文件').setInputFiles(fixed);
  await expect(page.getByText('共 7 行，全部通过检查，其中 7 行此前已导入。正式导入将写入 0 行。')).toBeVisible();
  await page.getByRole('button', { name: '正式导入' }).click();
  await expect(page.getByText('没有写入新的记录：这个文件此前已经导入过。')).toBeVisible();
  await expect(page.getByRole('table', { name: '捐款记录' }).getByRole('row')).toHaveCount(1 + REMITTANCES.length);

  const after = await sectionFromApi(admin, YEAR);
  expect(fen(after.charity.donatedTotal) - fen(before.charity.donatedTotal)).toBe(SHEET_SUM_FEN);
  await admin.dispose();

  await page.goto(`/union/campaigns?year=${YEAR}`);
  await expect(page.getByRole('link', { name: `${YEAR}年爱心一日捐` })).toBeVisible();
  await lookAt(page, 'treasurer-campaigns');
});

test('爱心一日捐 launched twice: each lands on its page in its own year, and the second links to the first', async ({ page }) => {
  // 2021's campaign launched in January 2022, from the list of 2022: its page is 2021's.
  const name = '2021年爱心一日捐（补发）';
  const launchFrom2022 = async () => {
    await page.goto('/union/campaigns?year=2022');
    await page.getByRole('button', { name: '发起活动' }).click();
    const launch = page.getByRole('dialog', { name: '发起爱心一日捐' });
    await launch.getByLabel('活动名称').fill(name);
    await launch.getByLabel('计入年度').fill('2021');
    await launch.getByLabel('发起日期').fill('2022年1月10日');
    await launch.getByLabel('发起日期').press('Tab');
    await launch.getByRole('button', { name: '发起', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await expect(page).toHaveURL(/\/union\/campaigns\/[^/?]+\?year=2021$/);
    return new URL(page.url()).pathname;
  };
  const first = await launchFrom2022();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  const second = await launchFrom2022();
  expect(second).not.toBe(first);
  const warning = page.getByRole('dialog').filter({ hasText: '已保存，但可能与已有记录重复' });
  await expect(warning).toContainText(`“${name}”`);
  await lookAt(page, 'treasurer-launch-look-alike', { dialog: true });
  await warning.getByRole('link', { name: '查看那条记录' }).click();
  await expect(page).toHaveURL(`${first}?year=2021`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('帮困: the form says that free text is permanent, and a reason naming a phone number is refused on its field', async ({ page }) => {
  await page.goto('/union/relief?year=2023');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('帮困');
  await expect(page.getByText('共 5 条，第 1 页（每页 20 条）')).toBeVisible();
  await lookAt(page, 'treasurer-relief');

  await page.getByRole('button', { name: '登记帮困' }).click();
  const grant = page.getByRole('dialog', { name: '登记帮困' });
  await expect(grant).toContainText('帮困记录不记录受助人，请勿填写任何人的信息');
  await grant.getByLabel('金额').fill('12.345');
  await grant.getByRole('button', { name: '登记', exact: true }).click();
  await expect(grant).toContainText('金额须为不超过 100000000、最多两位小数的数字');
  await lookAt(page, 'treasurer-relief-grant', { dialog: true });
  await grant.getByRole('button', { name: '取消' }).click();

  await page.getByRole('button', { name: /^更正 2023年1月10日/ }).click();
  const correct = page.getByRole('dialog', { name: /^更正帮困/ });
  await correct.getByLabel('金额').fill('7300');
  await correct.getByLabel('更正原因').fill('经办人电话 13812345678');
  await correct.getByRole('button', { name: '保存更正' }).click();
  await expect(correct.locator('#reason_help')).toHaveText('原因中含有手机号码，请删去：帮困记录永久保存、不可删除，且从不记录受助人是谁');
  await correct.getByRole('button', { name: '取消' }).click();
});

test('帮困 granted twice alike: kept, and the warning opens the first grant on the relief list', async ({ page }) => {
  // 2022, which no other journey counts.
  const grantOnce = async () => {
    await page.getByRole('button', { name: '登记帮困' }).click();
    const grant = page.getByRole('dialog', { name: '登记帮困' });
    // The treasurer's one union is chosen already.
    await expect(grant.getByLabel('发放工会').locator('xpath=ancestor::*[contains(@class,"ant-select")][1]')).toContainText('南区局工会');
    await grant.getByLabel('发放日期').fill('2022年3月8日');
    await grant.getByLabel('发放日期').press('Tab');
    await grant.getByLabel('金额').fill('1200');
    await grant.getByLabel('人次').fill('3');
    await grant.getByLabel('类别').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '生活困难' }).click();
    await grant.getByRole('button', { name: '登记', exact: true }).click();
    await expect(grant).toBeHidden();
  };
  await page.goto('/union/relief?year=2022');
  await grantOnce();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await grantOnce();
  const warning = page.getByRole('dialog').filter({ hasText: '已保存，但可能与已有记录重复' });
  await expect(warning).toContainText('2022-03-08 南区局工会 1200.00 元');
  await warning.getByRole('link', { name: '查看那条记录' }).click();
  await expect(page).toHaveURL(/\/union\/relief\?year=2022&id=[^&]+$/);
  const id = new URL(page.url()).searchParams.get('id') ?? '';
  await expect(page.getByRole('alert').filter({ hasText: `只显示编号 ${id} 的一条帮困记录` })).toBeVisible();
  await expect(page.getByRole('table', { name: '帮困记录' }).getByRole('row')).toHaveCount(2);
  await lookAt(page, 'treasurer-relief-one');
  await page.getByRole('button', { name: '显示全部' }).click();
  await expect(page).toHaveURL('/union/relief?year=2022');
  await expect(page.getByText('共 2 条，第 1 页（每页 20 条）')).toBeVisible();
});
