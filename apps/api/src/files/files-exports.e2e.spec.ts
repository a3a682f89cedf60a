// The files a compiler and a treasurer download (docs/design.md §15), over HTTP with real tokens and read
// back as their programs would: the section in Word renders the same text as reportSection, the
// ledgers workbook's 汇总 holds the section's figures, the templates carry §15's columns; every
// route answers 401/403/404 as GraphQL does, in Chinese.
import JSZip from 'jszip';
import { ApiHarness, dataOf } from '../../test/api-harness';
import { type OrgFixture, RECORD_ACTIVITY, leiFengDay, registerBureau } from '../../test/documents';
import { RECORD_SHIFT, springGaokaoShift } from '../../test/exam-sentinel-shifts.documents';
import { download, jsonOf, readWorkbook, wordText } from '../../test/files';
import { GRANT_RELIEF, springFestivalRelief } from '../../test/relief-grants.documents';
import { LAUNCH_CAMPAIGN, RECORD_DONATION, campaign2023, unionDonation } from '../../test/donation-campaign.documents';
import { boothSession, helloLaoyou, openBooth, recordSession } from '../../test/booth.documents';
import { SIGN_AGREEMENT, kangJianAgreement } from '../../test/co-building-agreements.documents';
import { VOID_ACTIVITY } from '../../test/documents';

let api: ApiHarness;
let admin: string;
let compiler: string;
let org: OrgFixture;

const SECTION = /* GraphQL */ `
  query Section($year: Int!, $orgUnitId: ID) {
    communityResponsibility(year: $year, orgUnitId: $orgUnitId) {
      charity { relief { personTimes amount } donatedTotal campaigns { name amount donorCount unionCount } }
      volunteering {
        activities { count personTimes volunteerHours sites subdistricts beneficiaries charitySalesCount charitySalesAmount }
        examSentinel { exams sites supports }
      }
    }
  }`;

beforeAll(async () => {
  api = await ApiHarness.start();
  admin = api.token({ sub: 'admin', roles: ['ADMIN'] });
  org = await registerBureau(api, admin);
  compiler = api.token({ sub: 'li.hua', name: '李华', roles: ['COMPILER'], orgUnitIds: [org.bureauId] });
  dataOf(await api.gql(RECORD_ACTIVITY, { input: leiFengDay(org.subBureauId) }, admin));
  dataOf(await api.gql(RECORD_ACTIVITY, { input: leiFengDay(org.subBureauId, { site: '天平路营业厅', subdistrict: '天平', personTimes: 6, startDate: '2023-03-05', endDate: '2023-03-05' }) }, admin));
  dataOf(await api.gql(GRANT_RELIEF, { input: springFestivalRelief(org.unionId, { amount: '27500.00', personTimes: 77 }) }, admin));
  dataOf(await api.gql(RECORD_SHIFT, { input: springGaokaoShift(org.branchId, { supporters: 1184 }) }, admin));
  const campaign = dataOf(await api.gql<{ launchDonationCampaign: { campaign: { id: string } } }>(LAUNCH_CAMPAIGN, { input: campaign2023(org.unionId) }, admin));
  const campaignId = campaign.launchDonationCampaign.campaign.id;
  dataOf(await api.gql(RECORD_DONATION, { input: unionDonation(campaignId, org.unionId, { amount: '41620.00', donorCount: 358 }) }, admin));
  const booth = await openBooth(api, admin, helloLaoyou(org.subBureauId));
  await recordSession(api, admin, boothSession(booth.booth.id));
  await recordSession(api, admin, boothSession(booth.booth.id, { date: '2023-09-12', peopleServed: 40 }));
  dataOf(await api.gql(SIGN_AGREEMENT, { input: kangJianAgreement(org.branchId) }, admin));
  // A record voided: it counts nowhere, neither in the totals nor in the ledgers workbook.
  const voided = dataOf(await api.gql<{ recordVolunteerActivity: { activity: { id: string } } }>(RECORD_ACTIVITY, { input: leiFengDay(org.subBureauId, { title: '重复录入的活动', personTimes: 99 }) }, admin));
  dataOf(await api.gql(VOID_ACTIVITY, { input: { id: voided.recordVolunteerActivity.activity.id, reason: '重复录入' } }, admin));
});

afterAll(() => api.close());

const report = async (year: number, orgUnitId?: string) =>
  dataOf(await api.gql<{ reportSection: string }>('query R($year: Int!, $orgUnitId: ID) { reportSection(year: $year, orgUnitId: $orgUnitId) }', { year, orgUnitId }, compiler)).reportSection;

describe('GET /files/section/{year}.docx', () => {
  it('is the 社区责任 section as a report page: numbered headings, Chinese quotation marks, thousands separators, a CJK font and a table', async () => {
    const response = await download(api, '/files/section/2023.docx', compiler);
    expect(response.status).toBe(200);
    expect(response.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(response.disposition).toContain(`filename*=UTF-8''${encodeURIComponent('社区责任-2023年度.docx')}`);
    const { text, tables, xml, styles } = await wordText(response.body);
    const lines = text.split('\n');
    expect(lines.slice(0, 3)).toEqual(['4、社区责任', '2023 年度', '（1）救灾与慈善捐助']);
    expect(lines).toContain('（2）志愿服务');
    expect(text).toContain('帮困：全年开展帮困 77 人次，发放帮困金 27,500 元。');
    expect(text).toContain('共收到 1 个部门工会的“爱心一日捐”善款 41,620 元，捐款人数 358 人。');
    expect(text).toContain('累计保障 1,184 人次');
    expect(text).not.toContain("'");
    expect(styles).toMatch(/w:eastAsia="宋体"/);
    expect(xml).toContain('<w:vMerge w:val="restart"/>');
    expect(tables).toHaveLength(1);
    expect(tables[0]?.slice(0, 6)).toEqual([
      ['项目', '指标', '数值'],
      ['帮困', '人次', '77'],
      ['', '帮困金（元）', '27,500'],
      ['“爱心一日捐”', '部门工会（个）', '1'],
      ['', '善款（元）', '41,620'],
      ['', '捐款人数（人）', '358'],
    ]);
  });

  it('carries every figure of the reportSection Markdown: the two render one text', async () => {
    for (const orgUnitId of [undefined, org.branchId]) {
      const markdown = await report(2023, orgUnitId);
      const { text } = await wordText((await download(api, `/files/section/2023.docx${orgUnitId ? `?orgUnitId=${orgUnitId}` : ''}`, compiler)).body);
      const figures = [...markdown.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => m[0]);
      expect(figures.length).toBeGreaterThan(orgUnitId ? 5 : 20);
      for (const figure of figures) expect(text).toContain(figure);
      // Sentence for sentence: the Markdown less its marks is the Word text.
      const prose = markdown.split('\n').filter((line) => line !== '' && !line.startsWith('|') && !line.startsWith('#')).map((line) => line.replace(/\*\*/g, ''));
      for (const line of prose) expect(text.split('\n')).toContain(line);
    }
  });

  it('names the org unit it is scoped to, with the same figures as communityResponsibility', async () => {
    const { text } = await wordText((await download(api, `/files/section/2023.docx?orgUnitId=${org.branchId}`, compiler)).body);
    expect(text.split('\n')[1]).toBe('公客综合党支部 2023 年度');
    expect(text).toContain('本年度暂无帮困和慈善捐助记录。'); // the union is not under the branch
    const totals = dataOf(await api.gql<{ communityResponsibility: { volunteering: { activities: { count: number } } } }>(SECTION, { year: 2023, orgUnitId: org.branchId }, compiler));
    expect(text).toContain(`开展学雷锋志愿服务活动 ${totals.communityResponsibility.volunteering.activities.count} 场`);
  });

  it('answers NOT_FOUND, in Chinese, for an edition that does not exist', async () => {
    const response = await download(api, '/files/section/2023.docx?edition=1', compiler);
    expect(response.status).toBe(404);
    expect(jsonOf(response)).toEqual({ code: 'NOT_FOUND', message: '找不到 2023 年度的发布版本“1”' });
  });
});

describe('access to every route, as GraphQL answers it', () => {
  const routes = ['/files/section/2023.docx', '/files/ledgers/2023.xlsx', '/files/templates/union-donations.xlsx'];

  it.each(routes)('%s is 401 without a valid token, in Chinese', async (path) => {
    for (const token of [null, 'not-a-jwt', api.token({ roles: ['ADMIN'] }, { expiresInSeconds: -10 })]) {
      const response = await download(api, path, token);
      expect(response.status).toBe(401);
      expect(jsonOf(response)).toEqual({ code: 'UNAUTHENTICATED', message: expect.stringMatching(/^(请先登录|登录令牌无效|登录令牌已过期，请重新获取)$/) });
    }
  });

  it.each(routes.slice(0, 2))('%s is 403 for a recorder, and for a compiler asking outside their scope', async (path) => {
    const recorder = api.token({ roles: ['RECORDER'], orgUnitIds: [org.bureauId] });
    const narrow = api.token({ roles: ['COMPILER'], orgUnitIds: [org.otherSubBureauId] });
    for (const [token, query] of [[recorder, ''], [narrow, `?orgUnitId=${org.branchId}`]] as const) {
      const response = await download(api, `${path}${query}`, token);
      expect(response.status).toBe(403);
      expect(jsonOf(response)).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/[\u4e00-\u9fff]/) });
    }
  });

  it.each(routes.slice(0, 2))('%s is 400 for a year outside 2000–2100 and 404 for an unknown unit', async (path) => {
    const badYear = await download(api, path.replace('2023', '1999'), compiler);
    expect(badYear.status).toBe(400);
    expect(jsonOf(badYear)).toMatchObject({ code: 'BAD_USER_INPUT', message: '年份须为 2000 至 2100 之间的整数' });
    const unknown = await download(api, `${path}?orgUnitId=6a1f5c0e-0000-4000-8000-00000000beef`, compiler);
    expect(unknown.status).toBe(404);
    expect(jsonOf(unknown)).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('is 404 for a kind of template that does not exist', async () => {
    const response = await download(api, '/files/templates/booths.xlsx', compiler);
    expect(response.status).toBe(404);
    expect(jsonOf(response).message).toBe('没有“booths”这种导入，可导入：union-donations、volunteer-activities、exam-sentinel-shifts、relief-grants');
  });
});

describe('GET /files/ledgers/{year}.xlsx', () => {
  it('opens with 汇总: the section’s figures for the same year and scope', async () => {
    const response = await download(api, '/files/ledgers/2023.xlsx', compiler);
    expect(response.status).toBe(200);
    expect(response.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = await readWorkbook(response.body);
    const summary = workbook.worksheets[0];
    expect(summary?.name).toBe('汇总');
    expect(summary?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(summary?.getRow(1).font?.bold).toBe(true);
    const figure = (item: string, measure: string, column = 3) => {
      let value: unknown;
      summary?.eachRow((row) => {
        if (row.getCell(1).value === item && row.getCell(2).value === measure) value = row.getCell(column).value;
      });
      return value;
    };
    const { communityResponsibility: s } = dataOf(
      await api.gql<{ communityResponsibility: { charity: { relief: { personTimes: number; amount: string }; donatedTotal: string }; volunteering: { activities: { count: number; personTimes: number; volunteerHours: string; sites: number }; examSentinel: { supports: number } } } }>(SECTION, { year: 2023 }, compiler),
    );
    expect(figure('帮困', '人次')).toBe(s.charity.relief.personTimes);
    expect(figure('帮困', '帮困金（元）')).toBe(Number(s.charity.relief.amount));
    expect(figure('爱心一日捐', '善款合计（元）')).toBe(Number(s.charity.donatedTotal));
    expect(figure('爱心一日捐「2023年爱心一日捐」', '捐款人数（人）')).toBe(358);
    expect(figure('志愿服务活动', '活动（场）')).toBe(s.volunteering.activities.count);
    expect(figure('志愿服务活动', '参与志愿者（人次）')).toBe(s.volunteering.activities.personTimes);
    expect(figure('志愿服务活动', '志愿服务时长（小时）')).toBe(Number(s.volunteering.activities.volunteerHours));
    expect(figure('志愿服务活动', '覆盖街道（个）')).toBe(2);
    expect(figure('志愿服务活动', '覆盖街道（个）', 4)).toBe('天平、枫林');
    expect(figure('志愿服务·学雷锋', '活动（场）')).toBe(2);
    expect(figure('考务哨兵', '保障（人次）')).toBe(s.volunteering.examSentinel.supports);
    expect(figure('范围', '2023 年度', 4)).toBe('南区局（含下属单位）');
  });
});

describe('the ledgers workbook’s record sheets', () => {
  const FULL_SECTION = /* GraphQL */ `
    query Full($year: Int!, $orgUnitId: ID) {
      communityResponsibility(year: $year, orgUnitId: $orgUnitId) {
        charity { relief { personTimes amount } donatedTotal campaigns { donorCount } }
        volunteering {
          activities { count personTimes volunteerHours beneficiaries charitySalesCount }
          examSentinel { supports }
          agreements { active }
          booths { sessions peopleServed volunteerPersonTimes }
        }
      }
    }`;
  interface Full {
    communityResponsibility: {
      charity: { relief: { personTimes: number; amount: string }; donatedTotal: string; campaigns: { donorCount: number }[] };
      volunteering: {
        activities: { count: number; personTimes: number; volunteerHours: string; beneficiaries: number; charitySalesCount: number };
        examSentinel: { supports: number };
        agreements: { active: number };
        booths: { sessions: number; peopleServed: number; volunteerPersonTimes: number };
      };
    };
  }

  /** The sheet's data rows as header → value. */
  const recordsOf = (sheet: import('exceljs').Worksheet | undefined): Record<string, unknown>[] => {
    const header = (sheet?.getRow(1).values as unknown[] | undefined) ?? [];
    const rows: Record<string, unknown>[] = [];
    sheet?.eachRow((row, n) => {
      if (n > 1) rows.push(Object.fromEntries(header.map((h, i) => [String(h), row.getCell(i).value]).filter(([h]) => h !== 'undefined')));
    });
    return rows;
  };
  const sum = (rows: Record<string, unknown>[], column: string) => rows.reduce((total, row) => total + (typeof row[column] === 'number' ? (row[column] as number) : 0), 0);
  const cents = (n: number) => Math.round(n * 100);

  it.each([undefined, 'branch'])('sum to the section’s figures, sheet by sheet (scope: %s)', async (which) => {
    const orgUnitId = which === 'branch' ? org.branchId : undefined;
    const workbook = await readWorkbook((await download(api, `/files/ledgers/2023.xlsx${orgUnitId ? `?orgUnitId=${orgUnitId}` : ''}`, compiler)).body);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['汇总', '志愿活动', '党建翼联', '爱心一日捐', '帮困', '考务哨兵', 'Hello老友亭']);
    const s = dataOf(await api.gql<Full>(FULL_SECTION, { year: 2023, orgUnitId }, compiler)).communityResponsibility;
    const activities = recordsOf(workbook.getWorksheet('志愿活动'));
    expect(activities).toHaveLength(s.volunteering.activities.count);
    expect(sum(activities, '人次')).toBe(s.volunteering.activities.personTimes);
    expect(cents(sum(activities, '志愿时长（小时）'))).toBe(cents(Number(s.volunteering.activities.volunteerHours)));
    expect(sum(activities, '服务人数')).toBe(s.volunteering.activities.beneficiaries);
    expect(sum(activities, '义卖笔数')).toBe(s.volunteering.activities.charitySalesCount);
    expect(activities.map((a) => a['活动名称'])).not.toContain('重复录入的活动');
    expect(recordsOf(workbook.getWorksheet('党建翼联'))).toHaveLength(s.volunteering.agreements.active);
    const donations = recordsOf(workbook.getWorksheet('爱心一日捐'));
    expect(cents(sum(donations, '金额（元）'))).toBe(cents(Number(s.charity.donatedTotal)));
    expect(sum(donations, '捐款人数')).toBe(s.charity.campaigns.reduce((n, c) => n + c.donorCount, 0));
    const relief = recordsOf(workbook.getWorksheet('帮困'));
    expect(sum(relief, '人次')).toBe(s.charity.relief.personTimes);
    expect(cents(sum(relief, '金额（元）'))).toBe(cents(Number(s.charity.relief.amount)));
    expect(sum(recordsOf(workbook.getWorksheet('考务哨兵')), '保障人次')).toBe(s.volunteering.examSentinel.supports);
    const sessions = recordsOf(workbook.getWorksheet('Hello老友亭'));
    expect(sessions).toHaveLength(s.volunteering.booths.sessions);
    expect(sum(sessions, '服务群众（人次）')).toBe(s.volunteering.booths.peopleServed);
    expect(sum(sessions, '值守志愿者（人次）')).toBe(s.volunteering.booths.volunteerPersonTimes);
  });

  it('has the import templates’ column names, Chinese values, dates as dates and money as numbers, a frozen bold header', async () => {
    const workbook = await readWorkbook((await download(api, '/files/ledgers/2023.xlsx', compiler)).body);
    const sheet = workbook.getWorksheet('志愿活动');
    expect((sheet?.getRow(1).values as unknown[]).slice(1, 13)).toEqual(['组织单位', '项目类别', '活动名称', '开始日期', '结束日期', '街道', '地点', '服务内容', '人次', '志愿时长（小时）', '时间性质', '服务人数']);
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet?.getRow(1).font?.bold).toBe(true);
    const [first] = recordsOf(sheet);
    expect(first).toMatchObject({ 组织单位: '南区局/公客综合党支部/康健支局', 项目类别: '学雷锋', 开始日期: new Date('2023-03-03T00:00:00Z'), 服务内容: '电信业务咨询、反诈骗宣传、图书义卖', 时间性质: '工作时间', 记录人: 'admin' });
    expect(sheet?.getRow(2).getCell(4).numFmt).toBe('yyyy-mm-dd');
    const [donation] = recordsOf(workbook.getWorksheet('爱心一日捐'));
    expect(donation).toMatchObject({ 活动名称: '2023年爱心一日捐', 部门工会: '南区局/网络部工会', '金额（元）': 41620, 捐款人数: 358 });
    expect(workbook.getWorksheet('爱心一日捐')?.getRow(2).getCell(3).numFmt).toBe('#,##0.00');
    const [relief] = recordsOf(workbook.getWorksheet('帮困'));
    expect(relief).toMatchObject({ 工会: '南区局/网络部工会', 类别: '生活困难', '金额（元）': 27500 });
    const [session] = recordsOf(workbook.getWorksheet('Hello老友亭'));
    expect(session).toMatchObject({ 服务亭: '枫林Hello老友亭', 类别: 'Hello老友亭', 服务日期: new Date('2023-09-05T00:00:00Z') });
  });
});

describe('GET /files/templates/{kind}.xlsx', () => {
  const expected: Record<string, { sheet: string; header: string[]; choices: Record<string, string> }> = {
    'union-donations': { sheet: '爱心一日捐', header: ['部门工会', '金额（元）', '捐款人数', '收款日期'], choices: {} },
    'volunteer-activities': {
      sheet: '志愿活动',
      header: ['组织单位', '项目类别', '活动名称', '开始日期', '结束日期', '街道', '地点', '服务内容', '人次', '志愿时长（小时）', '时间性质', '服务人数'],
      choices: { B: '学雷锋,社区服务,为老服务,数字助老,反诈宣传,公益服务,其他', K: '工作时间,业余时间' },
    },
    'exam-sentinel-shifts': { sheet: '考务哨兵', header: ['组织单位', '考试名称', '考试日期', '考点', '保障人次'], choices: {} },
    'relief-grants': { sheet: '帮困', header: ['工会', '发放日期', '金额（元）', '人次', '类别'], choices: { E: '大病,生活困难,灾害,其他' } },
  };

  it.each(Object.entries(expected))('%s: §15’s header row, bold and frozen, drop-downs for its choices, a 说明 sheet and the units in scope', async (kind, want) => {
    const treasurer = api.token({ roles: ['TREASURER', 'RECORDER'], orgUnitIds: [org.bureauId] });
    const response = await download(api, `/files/templates/${kind}.xlsx`, treasurer);
    expect(response.status).toBe(200);
    const workbook = await readWorkbook(response.body);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([want.sheet, '说明', '组织单位']);
    const data = workbook.worksheets[0];
    const header = data?.getRow(1);
    expect(want.header.map((_, i) => header?.getCell(i + 1).value)).toEqual(want.header);
    expect(header?.font?.bold).toBe(true);
    expect(data?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(want.header.map((_, i) => data?.getColumn(i + 1).width)).not.toContain(undefined);

    const sheetXml = ((await (await JSZip.loadAsync(response.body)).file('xl/worksheets/sheet1.xml')?.async('string')) ?? '').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
    for (const [column, list] of Object.entries(want.choices)) {
      expect(sheetXml).toMatch(new RegExp(`<dataValidation type="list"[^>]*sqref="${column}2:${column}20001"[^>]*>\\s*<formula1>"${list}"</formula1>`));
    }
    // The org column offers the units in scope (only unions where a union is asked for).
    expect(sheetXml).toMatch(/sqref="A2:A20001"[^>]*>\s*<formula1>'组织单位'!\$A\$2:\$A\$\d+<\/formula1>/);
    const units: unknown[] = [];
    workbook.getWorksheet('组织单位')?.eachRow((row, n) => n > 1 && units.push(row.getCell(1).value));
    if (kind === 'union-donations' || kind === 'relief-grants') expect(units).toEqual(['南区局/网络部工会']);
    else expect(units).toEqual(expect.arrayContaining(['南区局/公客综合党支部/康健支局', '南区局/衡复支局']));

    const notes = workbook.getWorksheet('说明');
    const described: unknown[] = [];
    notes?.eachRow((row, n) => n > 1 && described.push(row.getCell(1).value));
    expect(described).toEqual(expect.arrayContaining(want.header));
    for (const list of Object.values(want.choices)) {
      let listed = false;
      notes?.eachRow((row) => (listed ||= row.getCell(5).value === list.split(',').join('、')));
      expect(listed).toBe(true);
    }
  });

  it('lists only the units the caller may act for', async () => {
    const narrow = api.token({ roles: ['RECORDER'], orgUnitIds: [org.otherSubBureauId] });
    const workbook = await readWorkbook((await download(api, '/files/templates/exam-sentinel-shifts.xlsx', narrow)).body);
    const units: unknown[] = [];
    workbook.getWorksheet('组织单位')?.eachRow((row, n) => n > 1 && units.push(row.getCell(1).value));
    expect(units).toEqual(['南区局/衡复支局']);
  });
});

describe('GET /files/section/{year}.docx?edition=', () => {
  const PUBLISH = 'mutation P($input: PublishSectionInput!) { publishSection(input: $input) { id version report } }';
  type Published = { publishSection: { id: string; version: number; report: string } };
  const proseOf = (markdown: string) => markdown.split('\n').filter((line) => line !== '' && !line.startsWith('|') && !line.startsWith('#')).map((line) => line.replace(/\*\*/g, ''));

  it('is the edition’s own text, whatever was recorded after it, for those who may read the edition', async () => {
    const edition = dataOf(await api.gql<Published>(PUBLISH, { input: { year: 2023, orgUnitId: org.branchId, note: '随报告发布' } }, compiler)).publishSection;
    // Recorded after the edition: the live section moves on, the edition's file does not.
    dataOf(await api.gql(RECORD_ACTIVITY, { input: leiFengDay(org.subBureauId, { site: '漕河泾营业厅', subdistrict: '漕河泾', personTimes: 321 }) }, admin));
    expect(await report(2023, org.branchId)).not.toEqual(edition.report);

    const response = await download(api, `/files/section/2023.docx?edition=${edition.id}&orgUnitId=${org.branchId}`, compiler);
    expect(response.status).toBe(200);
    expect(response.disposition).toContain(`filename*=UTF-8''${encodeURIComponent('社区责任-公客综合党支部2023年度-第1版.docx')}`);
    const { text, tables } = await wordText(response.body);
    expect(text.split('\n').slice(0, 2)).toEqual(['4、社区责任', '公客综合党支部 2023 年度']);
    for (const line of proseOf(edition.report)) expect(text.split('\n')).toContain(line);
    expect(text).not.toContain('321');
    expect(tables[0]?.[0]).toEqual(['项目', '指标', '数值']);
    // The same bytes' text every time: nothing is recomputed.
    expect((await wordText((await download(api, `/files/section/2023.docx?edition=${edition.id}`, compiler)).body)).text).toBe(text);
  });

  it('is not found under another year or unit, and refused outside the edition’s scope, in Chinese', async () => {
    const edition = dataOf(await api.gql<Published>(PUBLISH, { input: { year: 2023, orgUnitId: org.subBureauId } }, compiler)).publishSection;
    for (const path of [`/files/section/2024.docx?edition=${edition.id}`, `/files/section/2023.docx?edition=${edition.id}&orgUnitId=${org.branchId}`]) {
      const response = await download(api, path, compiler);
      expect(response.status).toBe(404);
      expect(jsonOf<{ message: string }>(response).message).toMatch(/^找不到 \d{4} 年度的发布版本“/);
    }
    const outsider = api.token({ sub: 'hengfu-compiler', roles: ['COMPILER'], orgUnitIds: [org.otherSubBureauId] });
    const refused = await download(api, `/files/section/2023.docx?edition=${edition.id}`, outsider);
    expect(refused.status).toBe(403);
    expect(jsonOf<{ code: string; message: string }>(refused)).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/[\u4e00-\u9fff]/) });
    const recorder = api.token({ sub: 'kangjian-recorder', roles: ['RECORDER'], orgUnitIds: [org.subBureauId] });
    expect((await download(api, `/files/section/2023.docx?edition=${edition.id}`, recorder)).status).toBe(403);
  });
});
