// Spreadsheet imports over HTTP (docs/design.md §15): a treasurer uploads the 7 department unions'
// figures, sees every mistake by row and column, imports the file once and only once; all or
// nothing; the same rules, scope and roles as the GraphQL mutations; a file that is not a
// workbook, too large, too long or of the wrong columns refused with a clear 4xx, in Chinese.
import type ExcelJS from 'exceljs';
import { ApiHarness, dataOf, englishIn } from '../../test/api-harness';
import { registerOrgUnit } from '../../test/documents';
import { CLOSE_CAMPAIGN, DEPARTMENT_DONATIONS_2023, type UnionFixture, launchCampaign, registerUnions } from '../../test/donation-campaign.documents';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type FileResponse, type ImportReportBody, download, jsonOf, readWorkbook, upload, workbookOf } from '../../test/files';

let api: ApiHarness;
let admin: string;
let org: UnionFixture;
let treasurer: string;
let kangjianId: string;
let campaignId: string;

const DONATION_HEADER = ['部门工会', '金额（元）', '捐款人数', '收款日期'];
const ACTIVITY_HEADER = ['组织单位', '项目类别', '活动名称', '开始日期', '结束日期', '街道', '地点', '服务内容', '人次', '志愿时长（小时）', '时间性质', '服务人数'];

const SECTION = /* GraphQL */ `
  query Section($year: Int!) {
    communityResponsibility(year: $year) {
      charity { relief { personTimes amount } campaigns { campaignId amount donorCount unionCount } }
      volunteering { activities { count personTimes volunteerHours subdistricts serviceItems } examSentinel { exams sites supports } }
    }
  }`;
interface Section {
  communityResponsibility: {
    charity: { relief: { personTimes: number; amount: string }; campaigns: { campaignId: string; amount: string; donorCount: number; unionCount: number }[] };
    volunteering: { activities: { count: number; personTimes: number; volunteerHours: string; subdistricts: string[]; serviceItems: string[] }; examSentinel: { exams: number; sites: number; supports: number } };
  };
}
const section = async () => dataOf(await api.gql<Section>(SECTION, { year: 2023 }, admin)).communityResponsibility;
const campaignTotals = async (id: string) => (await section()).charity.campaigns.find((c) => c.campaignId === id);

const importFile = (kind: string, file: Buffer, options: { dryRun?: boolean; campaignId?: string; token?: string | null } = {}) => {
  const query = new URLSearchParams({ ...(options.dryRun ? { dryRun: 'true' } : {}), ...(options.campaignId ? { campaignId: options.campaignId } : {}) });
  return upload(api, `/files/imports/${kind}${query.size ? `?${query}` : ''}`, file, options.token === undefined ? treasurer : options.token);
};
const reportOf = (response: FileResponse) => jsonOf<ImportReportBody>(response);

/** The 7 unions' 2023 figures as a treasurer types them: mixed date forms, separators, a path, number and text cells. */
const DATE_FORMS: ExcelJS.CellValue[] = [new Date(Date.UTC(2023, 5, 20)), '2023-06-21', '2023/6/22', '2023年6月23日', 45100, new Date(Date.UTC(2023, 5, 26)), '2023-06-27'];
const sevenUnions = (): ExcelJS.CellValue[][] =>
  DEPARTMENT_DONATIONS_2023.map((d, i) => [
    i === 1 ? `南区局/${d.department}/${d.department}工会` : `${d.department}工会`,
    i % 2 === 0 ? Number(d.amount) : Number(d.amount).toLocaleString('en-US', { minimumFractionDigits: 2 }),
    i === 3 ? String(d.donorCount) : d.donorCount,
    DATE_FORMS[i] ?? null,
  ]);

beforeAll(async () => {
  api = await ApiHarness.start();
  admin = api.token({ sub: 'admin', roles: ['ADMIN'] });
  org = await registerUnions(api, admin);
  treasurer = api.token({ sub: 'wang.fang', name: '王芳', roles: ['TREASURER'], orgUnitIds: [org.bureauId] });
  kangjianId = await registerOrgUnit(api, admin, { name: '康健支局', kind: 'SUB_BUREAU', parentId: org.bureauId });
  // A second 综合部工会 under 北区局: the name alone is now ambiguous.
  const north = (await api.gql<{ orgUnits: { id: string; name: string }[] }>('{ orgUnits { id name } }', {}, admin)).data?.orgUnits.find((u) => u.name === '北区局')?.id;
  await registerOrgUnit(api, admin, { name: '综合部工会', kind: 'UNION', parentId: north });
  campaignId = (await launchCampaign(api, treasurer, org.bureauUnionId)).campaign.id;
});

afterAll(() => api.close());

describe('爱心一日捐: the 7 department unions’ figures, once and only once', () => {
  it('has its mistakes found by a dry run that writes nothing, then is imported once, and a repeat writes nothing', async () => {
    const rows = sevenUnions();
    rows[0] = ['综合部工会', 5860, 51, new Date(Date.UTC(2023, 5, 20))]; // ambiguous now
    const mistaken = await workbookOf(DONATION_HEADER, rows);
    const head = await api.head();
    const check = await importFile('union-donations', mistaken, { dryRun: true, campaignId });
    expect(check.status).toBe(200);
    expect(reportOf(check)).toMatchObject({ rows: 7, valid: 6, dryRun: true });
    expect(reportOf(check)).not.toHaveProperty('written');
    expect(reportOf(check).errors).toEqual([
      { row: 2, column: '部门工会', message: '部门工会“综合部工会”有 2 个同名组织：南区局/综合部/综合部工会、北区局/综合部工会，请改写为其中一个的完整路径' },
    ]);
    expect(await api.head()).toBe(head);

    rows[0] = ['南区局/综合部/综合部工会', 5860, 51, new Date(Date.UTC(2023, 5, 20))];
    const file = await workbookOf(DONATION_HEADER, rows, '爱心一日捐');
    const dry = reportOf(await importFile('union-donations', file, { dryRun: true, campaignId }));
    expect(dry).toMatchObject({ rows: 7, valid: 7, errors: [], alreadyImported: 0, summary: '共 7 行，全部通过检查。正式导入将写入 7 行。' });
    expect(await api.head()).toBe(head);

    const imported = await importFile('union-donations', file, { campaignId });
    expect(imported.status).toBe(200);
    expect(reportOf(imported)).toMatchObject({ rows: 7, valid: 7, errors: [], written: 7, alreadyImported: 0 });
    expect(await campaignTotals(campaignId)).toEqual({ campaignId, amount: '41620.00', donorCount: 358, unionCount: 7 });

    const afterImport = await api.head();
    const again = reportOf(await importFile('union-donations', file, { campaignId }));
    expect(again).toMatchObject({ written: 0, alreadyImported: 7, errors: [], summary: '共 7 行，已写入 0 行，其中 7 行此前已导入（不会重复写入）。' });
    // The same figures saved again (other bytes, same content) are the same import.
    const workbook = await readWorkbook(file);
    workbook.creator = '王芳';
    workbook.addWorksheet('说明').addRow(['我的备注']);
    const resaved = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(resaved.equals(file)).toBe(false);
    expect(reportOf(await importFile('union-donations', resaved, { campaignId, dryRun: true }))).toMatchObject({ alreadyImported: 7 });
    expect(await api.head()).toBe(afterImport);
    expect(await campaignTotals(campaignId)).toEqual({ campaignId, amount: '41620.00', donorCount: 358, unionCount: 7 });
  });

  it('warns, row by row, where a corrected copy of an imported sheet repeats records already kept (the ledgers’ duplicate rule)', async () => {
    const id = (await launchCampaign(api, treasurer, org.bureauUnionId, { name: '重复核对', launchedOn: '2023-06-01' })).campaign.id;
    const rows = sevenUnions();
    rows[0] = ['南区局/综合部/综合部工会', 5860, 51, new Date(Date.UTC(2023, 5, 20))];
    const first = await workbookOf(DONATION_HEADER, rows);
    expect(reportOf(await importFile('union-donations', first, { campaignId: id }))).toMatchObject({ written: 7, warnings: [] });
    // The same file again is recognised, not warned about: its rows are the records it made.
    expect(reportOf(await importFile('union-donations', first, { campaignId: id, dryRun: true }))).toMatchObject({ alreadyImported: 7, warnings: [] });

    const corrected = rows.map((row) => [...row]);
    corrected[2] = ['客户服务部工会', 6200, 54, '2023/6/22']; // the one figure that was wrong
    const check = reportOf(await importFile('union-donations', await workbookOf(DONATION_HEADER, corrected), { campaignId: id, dryRun: true }));
    expect(check).toMatchObject({ rows: 7, valid: 7, errors: [], alreadyImported: 0 });
    expect(check.warnings.map((w) => w.row)).toEqual([2, 3, 5, 6, 7, 8]);
    expect(check.warnings[0]?.message).toMatch(/^与本次活动已登记的捐款相似：2023-06-20 综合部工会 5860\.00 元（编号 [0-9a-f-]{36}）/);
  });

  it('reports every kind of mistake by Excel row and column header, in Chinese, and writes nothing', async () => {
    const other = (await launchCampaign(api, treasurer, org.bureauUnionId, { name: '台风灾区专项捐', launchedOn: '2023-08-01' })).campaign.id;
    const rows: ExcelJS.CellValue[][] = [
      ['综合部工会', 100, 1, '2023-08-02'], // 2: ambiguous name
      ['人事部工会', 100, 1, '2023-08-02'], // 3: unknown unit
      ['南区局/综合部', 100, 1, '2023-08-02'], // 4: a department, not a union (the decider)
      ['网络部工会', 0, 1, '2023-08-02'], // 5: amount 0 (the decider)
      ['网络部工会', 12.345, 1, '2023-08-02'], // 6: three decimals (the parser)
      ['网络部工会', '10,000,000.01', 1, '2023-08-02'], // 7: over the cap (the decider)
      ['网络部工会', '4,1620', 2.5, '2023-08-02'], // 8: misplaced separator, a fraction of a donor
      ['网络部工会', 100, null, '8月2日'], // 9: no donors, an unreadable date
      ['网络部工会', 100, 1, '2023-07-31'], // 10: before the campaign's launch (the decider)
      ['网络部工会', { formula: '100*2', result: 200 }, 1, { error: '#N/A' }], // 11: a formula, an error value
      ['网络部工会', 100, 1, '2023-02-30'], // 12: a date that does not exist
      ['网络部工会', 300, 3, '2023-08-03'], // 13: fine
    ];
    const head = await api.head();
    const response = await importFile('union-donations', await workbookOf(DONATION_HEADER, rows), { campaignId: other });
    expect(response.status).toBe(422);
    const report = reportOf(response);
    expect(report.errors).toEqual([
      { row: 2, column: '部门工会', message: expect.stringContaining('有 2 个同名组织') },
      { row: 3, column: '部门工会', message: '找不到部门工会“人事部工会”：请填写系统中登记的组织名称，重名时写完整路径，例如 南区局/网络部/网络部工会' },
      { row: 4, column: '部门工会', message: '部门工会须是工会类的组织，“南区局 / 综合部”是部门' },
      { row: 5, column: '金额（元）', message: '金额须大于 0' },
      { row: 6, column: '金额（元）', message: '金额（元）最多两位小数，这一格是 12.345' },
      { row: 7, column: '金额（元）', message: '金额不能超过 10000000 元' },
      { row: 8, column: '金额（元）', message: '金额（元）“4,1620”的千位分隔符位置不对，例如应写 41,620.00' },
      { row: 8, column: '捐款人数', message: '捐款人数须为整数，这一格是 2.5' },
      { row: 9, column: '捐款人数', message: '请填写捐款人数' },
      { row: 9, column: '收款日期', message: '收款日期“8月2日”无法识别，请写成 2023-03-05、2023/3/5 或 2023年3月5日' },
      { row: 10, column: '收款日期', message: '收款日期不能早于活动发起日期 2023-08-01' },
      { row: 11, column: '金额（元）', message: '金额（元）是公式，请改为数值（复制后“选择性粘贴 → 数值”）' },
      { row: 11, column: '收款日期', message: '收款日期是错误值 #N/A，请改正' },
      { row: 12, column: '收款日期', message: '收款日期“2023-02-30”不是真实存在的日期' },
    ]);
    expect(report).toMatchObject({ rows: 12, valid: 1, written: 0, summary: '共 12 行，其中 11 行有问题，请改正后再导入。没有写入任何记录。' });
    expect(englishIn({ status: 422, errors: report.errors.map((e) => ({ message: e.message })) })).toEqual([]);
    expect(await api.head()).toBe(head);
  });

  it('refuses a union outside a department treasurer’s scope, by row, as recordUnionDonation does', async () => {
    const own = org.departmentUnionIds[0] ?? '';
    const departmentTreasurer = api.token({ sub: 'zonghe', roles: ['TREASURER'], orgUnitIds: [own] });
    const head = await api.head();
    const response = await importFile('union-donations', await workbookOf(DONATION_HEADER, [['南区局/综合部/综合部工会', 10, 1, '2023-06-30'], ['网络部工会', 10, 1, '2023-06-30']]), {
      campaignId,
      token: departmentTreasurer,
    });
    expect(response.status).toBe(422);
    expect(reportOf(response).errors).toEqual([{ row: 3, column: '部门工会', message: '所涉及的组织不在你的权限范围内：你只能操作本单位及其下属单位的记录' }]);
    expect(await api.head()).toBe(head);
  });

  it('takes nothing more once the campaign is closed, and needs a campaign that exists', async () => {
    const closing = (await launchCampaign(api, treasurer, org.bureauUnionId, { name: '年末慰问捐', launchedOn: '2023-11-01' })).campaign.id;
    dataOf(await api.gql(CLOSE_CAMPAIGN, { input: { id: closing, closedOn: '2023-11-30' } }, treasurer));
    const file = await workbookOf(DONATION_HEADER, [['网络部工会', 10, 1, '2023-11-02']]);
    const closed = await importFile('union-donations', file, { campaignId: closing });
    expect(closed.status).toBe(422);
    expect(reportOf(closed).errors).toEqual([{ row: 2, column: null, message: '爱心一日捐活动“年末慰问捐”已于 2023-11-30 结束，数字已定稿' }]);
    const unknown = await importFile('union-donations', file, { campaignId: '6a1f5c0e-0000-4000-8000-00000000beef' });
    expect(unknown.status).toBe(404);
    expect(jsonOf(unknown)).toEqual({ code: 'NOT_FOUND', message: '找不到爱心一日捐活动 6a1f5c0e-0000-4000-8000-00000000beef' });
    for (const [query, message] of [
      [undefined, '请用 campaignId 指明善款计入哪一次爱心一日捐活动'],
      ['not-an-id', 'campaignId“not-an-id”不是有效的活动编号'],
    ] as const) {
      const response = await importFile('union-donations', file, query ? { campaignId: query } : {});
      expect(response.status).toBe(400);
      expect(jsonOf(response)).toEqual({ code: 'BAD_USER_INPUT', message });
    }
  });
});

/** `n` 学雷锋 rows at 康健支局, one a day from 2023-03-01. */
const activityRows = (n: number): ExcelJS.CellValue[][] =>
  Array.from({ length: n }, (_, i) => ['康健支局', '学雷锋', `学雷锋志愿服务 ${i + 1}`, `2023/3/${(i % 28) + 1}`, null, '枫林', `站点 ${i % 12}`, '电信业务咨询、反诈骗宣传', 2, 1.5, '工作时间', 10]);

describe('workbooks as other programs write them', () => {
  it('reads a workbook saved by LibreOffice (its sheets before its shared strings) like any other', async () => {
    const id = (await launchCampaign(api, treasurer, org.bureauUnionId, { name: 'LibreOffice 填报', launchedOn: '2023-06-01' })).campaign.id;
    const file = await readFile(join(__dirname, '../../test/fixtures/7-unions-libreoffice.xlsx'));
    const report = reportOf(await importFile('union-donations', file, { campaignId: id }));
    expect(report).toMatchObject({ rows: 7, written: 7, errors: [] });
    expect(await campaignTotals(id)).toEqual({ campaignId: id, amount: '41620.00', donorCount: 358, unionCount: 7 });
  });

  it('takes the template it downloaded, filled in, with its 说明 and 组织单位 sheets still there', async () => {
    const id = (await launchCampaign(api, treasurer, org.bureauUnionId, { name: '模板填报', launchedOn: '2023-06-01' })).campaign.id;
    const template = await readWorkbook((await download(api, '/files/templates/union-donations.xlsx', treasurer)).body);
    const sheet = template.worksheets[0];
    if (!sheet) throw new Error('no data sheet');
    const units: string[] = [];
    template.getWorksheet('组织单位')?.eachRow((row, n) => n > 1 && units.push(String(row.getCell(1).value)));
    sheet.addRow([units.find((u) => u.endsWith('/网络部工会')), 8420.5, 72, new Date(Date.UTC(2023, 5, 21))]);
    sheet.addRow([units.find((u) => u.endsWith('/财务部工会')), '4,980.00', 43, '2023/6/22']);
    const report = reportOf(await importFile('union-donations', Buffer.from(await template.xlsx.writeBuffer()), { campaignId: id }));
    expect(report).toMatchObject({ rows: 2, written: 2, errors: [] });
    expect(await campaignTotals(id)).toEqual({ campaignId: id, amount: '13400.50', donorCount: 115, unionCount: 2 });
  });
});

describe('all or nothing', () => {
  it('writes nothing when row 43 of 200 is bad, then all 200 once it is fixed, and nothing on a repeat', async () => {
    const recorder = api.token({ sub: 'kangjian', roles: ['RECORDER'], orgUnitIds: [kangjianId] });
    const rows = activityRows(200);
    rows[41] = ['康健支局', '学雷锋', '学雷锋志愿服务 42', '2023-03-14', '2023-03-13', '枫林', '站点', '反诈骗宣传', 0, null, '白天', null];
    const before = await section();
    const head = await api.head();
    const bad = await importFile('volunteer-activities', await workbookOf(ACTIVITY_HEADER, rows), { token: recorder });
    expect(bad.status).toBe(422);
    expect(reportOf(bad)).toMatchObject({ rows: 200, valid: 199, written: 0 });
    expect(reportOf(bad).errors).toEqual([
      { row: 43, column: '时间性质', message: '时间性质“白天”不是可选的值，可选：工作时间、业余时间' },
    ]);
    expect(await api.head()).toBe(head);

    rows[41] = ['康健支局', '学雷锋', '学雷锋志愿服务 42', '2023-03-14', '2023-03-13', '枫林', '站点', '反诈骗宣传', 0, null, '业余时间', null];
    const decided = await importFile('volunteer-activities', await workbookOf(ACTIVITY_HEADER, rows), { token: recorder });
    expect(reportOf(decided).errors).toEqual([
      { row: 43, column: '结束日期', message: '结束日期不能早于开始日期' },
      { row: 43, column: '人次', message: '人次须为不小于 1 的整数' },
    ]);
    expect(await api.head()).toBe(head);

    rows[41] = ['康健支局', '学雷锋', '学雷锋志愿服务 42', '2023-03-14', '2023-03-15', '枫林', '站点', '反诈骗宣传', 3, null, '业余时间', null];
    const file = await workbookOf(ACTIVITY_HEADER, rows);
    const imported = await importFile('volunteer-activities', file, { token: recorder });
    expect(imported.status).toBe(200);
    expect(reportOf(imported)).toMatchObject({ rows: 200, written: 200, errors: [] });
    const after = await section();
    expect(after.volunteering.activities.count).toBe(before.volunteering.activities.count + 200);
    expect(after.volunteering.activities.personTimes).toBe(before.volunteering.activities.personTimes + 199 * 2 + 3);
    const repeat = await importFile('volunteer-activities', file, { token: recorder });
    expect(reportOf(repeat)).toMatchObject({ written: 0, alreadyImported: 200 });
    expect((await section()).volunteering.activities.count).toBe(after.volunteering.activities.count);
  });
});

describe('the other kinds', () => {
  it('imports 帮困 grants and 考务哨兵 shifts with their Chinese names, each like its mutation', async () => {
    const before = await section();
    const relief = await importFile(
      'relief-grants',
      await workbookOf(['工会', '发放日期', '金额（元）', '人次', '类别'], [
        ['网络部工会', '2023年1月16日', '7,500.00', 15, '生活困难'],
        ['市场部工会', new Date(Date.UTC(2023, 8, 20)), 20000, 62, '大病'],
      ]),
    );
    expect(reportOf(relief)).toMatchObject({ written: 2, errors: [] });
    const recorder = api.token({ roles: ['RECORDER'], orgUnitIds: [org.bureauId] });
    const shifts = await importFile(
      'exam-sentinel-shifts',
      await workbookOf(['组织单位', '考试名称', '考试日期', '考点', '保障人次'], [
        ['康健支局', '春季高考', '2023-01-07', '南洋模范中学考点', 4],
        ['康健支局', '春季高考', '2023-01-07', '位育中学考点', 3],
        ['康健支局', '中职考试', '2023-12-02', '位育中学考点', 2],
      ]),
      { token: recorder },
    );
    expect(reportOf(shifts)).toMatchObject({ written: 3, errors: [] });
    const after = await section();
    expect(after.charity.relief.personTimes - before.charity.relief.personTimes).toBe(77);
    expect(Number(after.charity.relief.amount) - Number(before.charity.relief.amount)).toBe(27500);
    expect(after.volunteering.examSentinel.supports - before.volunteering.examSentinel.supports).toBe(9);
  });

  it('refuses roles that may not record the kind, before reading a row', async () => {
    const recorder = api.token({ roles: ['RECORDER'], orgUnitIds: [org.bureauId] });
    const compiler = api.token({ roles: ['COMPILER'], orgUnitIds: [org.bureauId] });
    const file = await workbookOf(DONATION_HEADER, [['网络部工会', 10, 1, '2023-06-30']]);
    const cases = [
      [recorder, 'union-donations', '导入爱心一日捐需要工会财务角色，你的角色是记录员'],
      [compiler, 'relief-grants', '导入帮困需要工会财务角色，你的角色是报告汇编'],
      [treasurer, 'volunteer-activities', '导入志愿活动需要记录员角色，你的角色是工会财务'],
    ] as const;
    for (const [token, kind, message] of cases) {
      const response = await importFile(kind, file, { token, campaignId: kind === 'union-donations' ? campaignId : undefined });
      expect(response.status).toBe(403);
      expect(jsonOf(response)).toEqual({ code: 'FORBIDDEN', message });
    }
    const relief = await importFile('relief-grants', file, { campaignId });
    expect(jsonOf(relief)).toEqual({ code: 'BAD_USER_INPUT', message: 'campaignId 只用于导入爱心一日捐，导入帮困时请去掉' });
  });
});

describe('files refused as a whole, with a clear 4xx', () => {
  const expectRefused = async (response: FileResponse, status: number, code: string, message: string | RegExp) => {
    expect(response.status).toBe(status);
    const body = jsonOf<{ code: string; message: string }>(response);
    expect(body.code).toBe(code);
    expect(body.message).toMatch(message);
  };

  it('takes a signed-in session like a token, but only with a header no other site can send', async () => {
    const account = await api.createAccount(admin, { username: 'zhao.li', roles: ['TREASURER'], orgUnitIds: [org.bureauId] });
    const { session } = await api.signedIn(account);
    const file = await workbookOf(DONATION_HEADER, [['网络部工会', 10, 1, '2023-06-30']]);
    const path = `/files/imports/union-donations?dryRun=true&campaignId=${campaignId}`;
    const withCookie = { cookie: session.cookie };
    await expectRefused(await upload(api, path, file, null, { headers: withCookie }), 403, 'FORBIDDEN', /^以登录状态提交的请求须为 JSON/);
    const checked = await upload(api, path, file, null, { headers: { ...withCookie, 'apollo-require-preflight': '1' } });
    expect(checked.status).toBe(200);
    expect(reportOf(checked)).toMatchObject({ rows: 1, valid: 1, errors: [] });
    expect((await download(api, '/files/templates/union-donations.xlsx', null, withCookie)).status).toBe(200);
    await expectRefused(await download(api, '/files/templates/union-donations.xlsx', null, { ...withCookie, 'sec-fetch-site': 'cross-site' }), 403, 'FORBIDDEN', '来自其他网站的请求不能使用本系统的登录状态');
  });

  it('refuses without a token before reading the file', async () => {
    await expectRefused(await importFile('union-donations', Buffer.from('x'), { token: null, campaignId }), 401, 'UNAUTHENTICATED', '请先登录');
  });

  it('refuses a file over 10 MB, a PNG renamed .xlsx, a zip that is no workbook, an old .xls and a missing file', async () => {
    const head = await api.head();
    await expectRefused(await importFile('union-donations', Buffer.alloc(10 * 1024 * 1024 + 1, 0x50), { campaignId }), 413, 'FILE_TOO_LARGE', '文件超过了 10 MB 的上限，请拆分后分批导入');
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
    await expectRefused(await importFile('union-donations', png, { campaignId }), 415, 'NOT_A_WORKBOOK', /^上传的文件不是 Excel 工作簿（\.xlsx）/);
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]);
    await expectRefused(await importFile('union-donations', zip, { campaignId }), 415, 'NOT_A_WORKBOOK', /^上传的文件不是 Excel 工作簿/);
    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(64)]);
    await expectRefused(await importFile('union-donations', xls, { campaignId }), 415, 'NOT_A_WORKBOOK', /旧版 Excel（\.xls）/);
    const noFile = await upload(api, `/files/imports/union-donations?campaignId=${campaignId}`, Buffer.from('x'), treasurer, { field: 'attachment' });
    await expectRefused(noFile, 400, 'BAD_USER_INPUT', '请求格式有误：请用表单字段 file 上传一个 Excel 文件');
    expect(await api.head()).toBe(head);
  });

  it('names the missing, unknown and unnamed columns, and refuses an empty sheet', async () => {
    const missing = await importFile('union-donations', await workbookOf(['部门工会', '金额(元)', '日期', '备注'], [['网络部工会', 10, '2023-06-30', '']]), { campaignId });
    await expectRefused(missing, 400, 'BAD_COLUMNS', '第 1 行的列名与爱心一日捐导入模板不符：缺少列：捐款人数、收款日期；无法识别的列：日期、备注。请使用导入模板的列名');
    expect(jsonOf(missing)).toMatchObject({ missingColumns: ['捐款人数', '收款日期'], unknownColumns: ['日期', '备注'] });
    const unnamed = await importFile('union-donations', await workbookOf([...DONATION_HEADER], [['网络部工会', 10, 1, '2023-06-30', '多出来的']]), { campaignId });
    await expectRefused(unnamed, 400, 'BAD_COLUMNS', /第 E 列有数据但没有列名/);
    await expectRefused(await importFile('union-donations', await workbookOf(DONATION_HEADER, []), { campaignId }), 400, 'EMPTY_SHEET', /^工作表是空的/);
    await expectRefused(await importFile('union-donations', await workbookOf([], []), { campaignId }), 400, 'EMPTY_SHEET', /^工作表是空的/);
  });

  it('refuses more than 20,000 rows, and an import kind that does not exist', async () => {
    const rows = Array.from({ length: 20_001 }, (): ExcelJS.CellValue[] => ['网络部工会', 1, 1, '2023-06-30']);
    await expectRefused(await importFile('union-donations', await workbookOf(DONATION_HEADER, rows), { campaignId }), 413, 'TOO_MANY_ROWS', '一次最多导入 20,000 行，这个文件更多，请拆分后分批导入');
    await expectRefused(await importFile('booth-sessions', await workbookOf(DONATION_HEADER, [])), 404, 'NOT_FOUND', /^没有“booth-sessions”这种导入/);
  });
});
