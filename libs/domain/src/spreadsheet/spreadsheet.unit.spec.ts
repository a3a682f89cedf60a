// Spreadsheet cells as people fill them in, parsed to the values the API takes: lenient in what a
// cell holds (Excel date cells and three date texts, separators, full-width digits, names or paths
// of units, Chinese enum names), strict in what it accepts, every problem named by its column.
import { type OrgChartEvent } from '../org-chart/org-chart.events';
import { orgChartDecider } from '../org-chart/org-chart.decider';
import { foldEvents } from '../shared/decider';
import { uuid } from '../testing/given-when-then';
import { dateCell, hoursCell, listCell, namedValueCell, requiredCell, textCell, wholeNumberCell, yuanCell } from './cell-parsers';
import { IMPORT_SHEETS, headerOfField, matchHeader, parseRow } from './import-sheets';
import { orgUnitLookup } from './org-unit-lookup';
import type { SheetCell } from './sheet-cell';
import { RELIEF_CATEGORY_NAMES, TIME_BASIS_NAMES, VOLUNTEER_PROGRAM_NAMES } from './value-names';

const text = (t: string): SheetCell => ({ kind: 'text', text: t });
const num = (value: number): SheetCell => ({ kind: 'number', value });
const empty: SheetCell = { kind: 'empty' };
const formula: SheetCell = { kind: 'formula' };

describe('dates', () => {
  it.each([
    ['an Excel date cell', { kind: 'date', date: '2023-03-05' } as SheetCell],
    ['an Excel serial number (a date cell without a date format)', num(44990)],
    ['2023-03-05', text('2023-03-05')],
    ['2023/3/5', text('2023/3/5')],
    ['2023年3月5日', text('2023年3月5日')],
    ['2023 年 3 月 5 日 with spaces', text(' 2023 年 3 月 5 日 ')],
    ['full-width digits', text('２０２３/３/５')],
    ['2023.3.5', text('2023.3.5')],
  ])('reads %s as 2023-03-05', (_name, cell) => expect(dateCell(cell, '收款日期')).toEqual({ ok: true, value: '2023-03-05' }));

  it('reads serials across the calendar exactly', () => {
    expect(dateCell(num(36526), '日期')).toEqual({ ok: true, value: '2000-01-01' });
    expect(dateCell(num(45351), '日期')).toEqual({ ok: true, value: '2024-02-29' });
    expect(dateCell(num(73415), '日期')).toEqual({ ok: true, value: '2100-12-31' });
  });

  it.each([
    [text('2023-02-30'), '收款日期“2023-02-30”不是真实存在的日期'],
    [text('3月5日'), '收款日期“3月5日”无法识别，请写成 2023-03-05、2023/3/5 或 2023年3月5日'],
    [text('1999-12-31'), '收款日期须在 2000-01-01 至 2100-12-31 之间'],
    [num(51), '收款日期“51”不是日期，请写成 2023-03-05、2023/3/5 或 2023年3月5日'],
    [formula, '收款日期是公式，请改为数值（复制后“选择性粘贴 → 数值”）'],
    [{ kind: 'error', text: '#N/A' } as SheetCell, '收款日期是错误值 #N/A，请改正'],
  ])('refuses %p, saying why', (cell, message) => expect(dateCell(cell, '收款日期')).toEqual({ ok: false, problem: message }));

  it('leaves an empty optional date out, and a required one says so', () => {
    expect(dateCell(empty, '结束日期')).toEqual({ ok: true, value: undefined });
    expect(requiredCell(dateCell)(text('  '), '收款日期')).toEqual({ ok: false, problem: '请填写收款日期' });
  });
});

describe('money, hours and counts', () => {
  it.each([
    [num(41620), '41620.00'],
    [num(5860.5), '5860.50'],
    [num(0.1 + 0.2), '0.30'],
    [text('41,620.00'), '41620.00'],
    [text('￥5,860'), '5860'],
    [text('5860元'), '5860'],
    [text('４１，６２０．００'), '41620.00'],
    [text('1,234,567.8'), '1234567.8'],
  ])('reads %p as %p', (cell, value) => expect(yuanCell(cell, '金额（元）')).toEqual({ ok: true, value }));

  it('refuses a third decimal and misplaced separators; the rest (sign, range) is the decider’s', () => {
    expect(yuanCell(num(12.345), '金额（元）')).toEqual({ ok: false, problem: '金额（元）最多两位小数，这一格是 12.345' });
    expect(yuanCell(text('4,1620'), '金额（元）')).toEqual({ ok: false, problem: '金额（元）“4,1620”的千位分隔符位置不对，例如应写 41,620.00' });
    expect(yuanCell(text('-5'), '金额（元）')).toEqual({ ok: true, value: '-5' });
    expect(yuanCell(formula, '金额（元）')).toMatchObject({ ok: false, problem: expect.stringContaining('公式') });
  });

  it('reads hours with or without a unit', () => {
    expect(hoursCell(text('12.5小时'), '志愿时长（小时）')).toEqual({ ok: true, value: '12.5' });
    expect(hoursCell(num(3), '志愿时长（小时）')).toEqual({ ok: true, value: '3.00' });
  });

  it('reads counts as whole numbers only', () => {
    expect(wholeNumberCell(num(358), '捐款人数')).toEqual({ ok: true, value: 358 });
    expect(wholeNumberCell(text('1,200人次'), '人次')).toEqual({ ok: true, value: 1200 });
    expect(wholeNumberCell(num(2.5), '捐款人数')).toEqual({ ok: false, problem: '捐款人数须为整数，这一格是 2.5' });
    expect(wholeNumberCell(text('五十'), '捐款人数')).toEqual({ ok: false, problem: '捐款人数须为整数，这一格是“五十”' });
  });
});

describe('text, lists and choices', () => {
  it('trims text and keeps numbers typed into text columns', () => {
    expect(textCell(text('  枫林路营业厅 '), '地点')).toEqual({ ok: true, value: '枫林路营业厅' });
    expect(textCell(num(2023), '活动名称')).toEqual({ ok: true, value: '2023' });
    expect(textCell(empty, '街道')).toEqual({ ok: true, value: undefined });
  });

  it('splits 服务内容 on 、，,;； and line breaks', () => {
    expect(listCell(text('电信业务咨询、反诈骗宣传，投诉咨询,图书义卖;套餐解读；网络技术咨询\n信息安全服务、 '), '服务内容')).toEqual({
      ok: true,
      value: ['电信业务咨询', '反诈骗宣传', '投诉咨询', '图书义卖', '套餐解读', '网络技术咨询', '信息安全服务'],
    });
  });

  it('takes enum values by their Chinese names (or their codes), and lists the choices otherwise', () => {
    expect(namedValueCell(text('学雷锋'), '项目类别', VOLUNTEER_PROGRAM_NAMES)).toEqual({ ok: true, value: 'LEI_FENG' });
    expect(namedValueCell(text('工作时间'), '时间性质', TIME_BASIS_NAMES)).toEqual({ ok: true, value: 'WORKING_HOURS' });
    expect(namedValueCell(text('serious_illness'), '类别', RELIEF_CATEGORY_NAMES)).toEqual({ ok: true, value: 'SERIOUS_ILLNESS' });
    expect(namedValueCell(text('大病救助'), '类别', RELIEF_CATEGORY_NAMES)).toEqual({ ok: false, problem: '类别“大病救助”不是可选的值，可选：大病、生活困难、灾害、其他' });
  });
});

// 南区局 with two 网络部工会 (one under 网络部, one under 市场部) and a retired 康健支局 beside a live one.
const BUREAU = uuid(1);
const NET_DEPT = uuid(2);
const MARKET_DEPT = uuid(3);
const NET_UNION = uuid(4);
const MARKET_UNION = uuid(5);
const KANGJIAN = uuid(6);
const OLD_KANGJIAN = uuid(7);
const NET_UNION_DEPT_NAMESAKE = uuid(8);
const register = (orgUnitId: string, name: string, kind: string, parentId?: string): OrgChartEvent =>
  ({ type: 'OrgUnitRegistered', data: { orgUnitId, name, kind, ...(parentId ? { parentId } : {}) } }) as OrgChartEvent;
const history: OrgChartEvent[] = [
  register(BUREAU, '南区局', 'BUREAU'),
  register(NET_DEPT, '网络部', 'DEPARTMENT', BUREAU),
  register(MARKET_DEPT, '市场部', 'DEPARTMENT', BUREAU),
  register(NET_UNION, '网络部工会', 'UNION', NET_DEPT),
  register(MARKET_UNION, '网络部工会', 'UNION', MARKET_DEPT),
  register(OLD_KANGJIAN, '康健支局', 'SUB_BUREAU', NET_DEPT),
  { type: 'OrgUnitRetired', data: { orgUnitId: OLD_KANGJIAN } },
  register(KANGJIAN, '康健支局', 'SUB_BUREAU', BUREAU),
  register(NET_UNION_DEPT_NAMESAKE, '综合部', 'DEPARTMENT', BUREAU),
];
const chart = foldEvents(orgChartDecider, history);

describe('org units by name or path', () => {
  const lookup = orgUnitLookup(chart);

  it('finds a unit by its full path, by a tail of it, or by its name when that is unique', () => {
    expect(lookup.find(text('南区局/网络部/网络部工会'), '部门工会', 'UNION')).toEqual({ ok: true, value: NET_UNION });
    expect(lookup.find(text('市场部 / 网络部工会'), '部门工会', 'UNION')).toEqual({ ok: true, value: MARKET_UNION });
    expect(lookup.find(text('南区局／市场部／网络部工会'), '部门工会', 'UNION')).toEqual({ ok: true, value: MARKET_UNION });
    expect(lookup.find(text('综合部'), '组织单位')).toEqual({ ok: true, value: NET_UNION_DEPT_NAMESAKE });
  });

  it('prefers a unit still in use over a retired namesake', () => {
    expect(lookup.find(text('康健支局'), '组织单位')).toEqual({ ok: true, value: KANGJIAN });
  });

  it('lists the candidates’ paths when a name is ambiguous', () => {
    expect(lookup.find(text('网络部工会'), '部门工会', 'UNION')).toEqual({
      ok: false,
      problem: '部门工会“网络部工会”有 2 个同名组织：南区局/网络部/网络部工会、南区局/市场部/网络部工会，请改写为其中一个的完整路径',
    });
  });

  it('says what to write for an unknown unit', () => {
    expect(lookup.find(text('财务部工会'), '部门工会', 'UNION')).toEqual({
      ok: false,
      problem: '找不到部门工会“财务部工会”：请填写系统中登记的组织名称，重名时写完整路径，例如 南区局/网络部/网络部工会',
    });
  });
});

describe('the header row', () => {
  const sheet = IMPORT_SHEETS['union-donations'];

  it('finds each column wherever it stands, whatever brackets or spaces the header has', () => {
    const match = matchHeader(sheet, ['收款日期', ' 部门工会', '金额(元)', '捐款人数']);
    expect(match).toEqual({ ok: true, fieldAt: new Map([[0, 'receivedOn'], [1, 'unionId'], [2, 'amount'], [3, 'donorCount']]) });
  });

  it('names missing, unknown and repeated columns', () => {
    expect(matchHeader(sheet, ['部门工会', '金额（元）', '金额（元）', '备注'])).toEqual({ ok: false, missing: ['捐款人数', '收款日期'], unknown: ['备注'], repeated: ['金额（元）'] });
  });

  it('lets optional columns be left out', () => {
    const activities = IMPORT_SHEETS['volunteer-activities'];
    expect(matchHeader(activities, ['组织单位', '项目类别', '活动名称', '开始日期', '地点', '服务内容', '人次'])).toMatchObject({ ok: true });
  });
});

describe('a row', () => {
  const lookup = orgUnitLookup(chart);

  it('becomes the input its mutation takes', () => {
    const sheet = IMPORT_SHEETS['volunteer-activities'];
    const match = matchHeader(sheet, ['组织单位', '项目类别', '活动名称', '开始日期', '结束日期', '街道', '地点', '服务内容', '人次', '志愿时长（小时）', '时间性质', '服务人数']);
    if (!match.ok) throw new Error('header');
    const cells = [text('康健支局'), text('学雷锋'), text('学雷锋志愿服务日'), { kind: 'date', date: '2023-03-03' } as SheetCell, empty, text('枫林'), text('枫林路营业厅'), text('电信业务咨询、反诈骗宣传'), num(4), num(12.5), text('工作时间'), empty];
    expect(parseRow(sheet, match.fieldAt, cells, { orgUnits: lookup })).toEqual({
      ok: true,
      row: {
        organizerId: KANGJIAN,
        program: 'LEI_FENG',
        title: '学雷锋志愿服务日',
        startDate: '2023-03-03',
        subdistrict: '枫林',
        site: '枫林路营业厅',
        serviceItems: ['电信业务咨询', '反诈骗宣传'],
        personTimes: 4,
        volunteerHours: '12.50',
        timeBasis: 'WORKING_HOURS',
      },
    });
  });

  it('reports every cell’s problem by its column', () => {
    const sheet = IMPORT_SHEETS['union-donations'];
    const match = matchHeader(sheet, ['部门工会', '金额（元）', '捐款人数', '收款日期']);
    if (!match.ok) throw new Error('header');
    const result = parseRow(sheet, match.fieldAt, [text('网络部工会'), formula, empty, text('6月20日')], { orgUnits: lookup });
    expect(result).toEqual({
      ok: false,
      problems: [
        { column: '部门工会', message: expect.stringContaining('有 2 个同名组织') },
        { column: '金额（元）', message: expect.stringContaining('是公式') },
        { column: '捐款人数', message: '请填写捐款人数' },
        { column: '收款日期', message: expect.stringContaining('无法识别') },
      ],
    });
  });

  it('names a decider’s field by its column', () => {
    expect(headerOfField(IMPORT_SHEETS['volunteer-activities'], 'serviceItems[2]')).toBe('服务内容');
    expect(headerOfField(IMPORT_SHEETS['relief-grants'], 'amount')).toBe('金额（元）');
  });
});
