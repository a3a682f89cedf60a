// The import sheets of docs/design.md §15: for each kind, its columns in header order, and how a row of
// cells becomes the input its GraphQL mutation takes. One table read by the template (headers,
// 说明, drop-down lists), the parser and the ledger export's column names.
import type { CalendarDate } from '../shared/calendar-date';
import type { OrgUnitKind } from '../shared/org-unit-ref';
import type { ReliefCategory } from '../relief-grant/relief-grant.events';
import type { TimeBasis, VolunteerProgram } from '../volunteer-activity/volunteer-activity.events';
import {
  DATE_FORMATS_HINT,
  type Parsed,
  dateCell,
  hoursCell,
  listCell,
  namedValueCell,
  requiredCell,
  textCell,
  wholeNumberCell,
  yuanCell,
} from './cell-parsers';
import { ORG_UNIT_PATH_HINT, type OrgUnitLookup } from './org-unit-lookup';
import type { SheetCell } from './sheet-cell';
import { RELIEF_CATEGORY_NAMES, TIME_BASIS_NAMES, VOLUNTEER_PROGRAM_NAMES } from './value-names';

export const IMPORT_KINDS = ['union-donations', 'volunteer-activities', 'exam-sentinel-shifts', 'relief-grants'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const isImportKind = (value: unknown): value is ImportKind => typeof value === 'string' && (IMPORT_KINDS as readonly string[]).includes(value);

/** How a column's cells are kept in a workbook: the template and the export format them so. */
export type CellType = 'text' | 'date' | 'money' | 'count' | 'decimal' | 'org' | 'choice' | 'list';

export interface ParseContext {
  readonly orgUnits: OrgUnitLookup;
}

export interface ImportColumn<T> {
  /** The header as §15 fixes it; also the label in every message about this column. */
  readonly header: string;
  readonly required: boolean;
  readonly cellType: CellType;
  /** For the 说明 sheet: what to write. */
  readonly format: string;
  readonly example: string;
  /** The accepted values of a choice column, in Chinese. */
  readonly choices?: readonly string[];
  /** The kind of unit an org column names, when it must be one kind (a union). */
  readonly orgKind?: OrgUnitKind;
  /** Characters wide, for the template and the export. */
  readonly width: number;
  readonly parse: (cell: SheetCell, context: ParseContext) => Parsed<T>;
}

/** A sheet's columns, one per field of the row input, in header order. */
export type ImportColumns<Row> = { readonly [Field in keyof Row]-?: ImportColumn<Row[Field]> };

export interface UnionDonationRow {
  readonly unionId: string;
  readonly amount: string;
  readonly donorCount: number;
  readonly receivedOn: CalendarDate;
}

export interface VolunteerActivityRow {
  readonly organizerId: string;
  readonly program: VolunteerProgram;
  readonly title: string;
  readonly startDate: CalendarDate;
  readonly endDate?: CalendarDate;
  readonly subdistrict?: string;
  readonly site: string;
  readonly serviceItems: string[];
  readonly personTimes: number;
  readonly volunteerHours?: string;
  readonly timeBasis?: TimeBasis;
  readonly beneficiaries?: number;
}

export interface ExamSentinelShiftRow {
  readonly organizerId: string;
  readonly examName: string;
  readonly examDate: CalendarDate;
  readonly site: string;
  readonly supporters: number;
}

export interface ReliefGrantRow {
  readonly unionId: string;
  readonly grantedOn: CalendarDate;
  readonly amount: string;
  readonly personTimes: number;
  readonly category: ReliefCategory;
}

export interface ImportRows {
  readonly 'union-donations': UnionDonationRow;
  readonly 'volunteer-activities': VolunteerActivityRow;
  readonly 'exam-sentinel-shifts': ExamSentinelShiftRow;
  readonly 'relief-grants': ReliefGrantRow;
}

export interface ImportSheet<Row> {
  readonly kind: ImportKind;
  /** The data sheet's name in the template; the export's sheet for the kind has the same name. */
  readonly sheetName: string;
  /** One line for the 说明 sheet: what one row is. */
  readonly rowMeans: string;
  readonly columns: ImportColumns<Row>;
}

// ---- column builders: each names its header once, and its label in every message is that header ----

type Optionality = { readonly required: boolean };
const REQUIRED: Optionality = { required: true };
const OPTIONAL: Optionality = { required: false };

function column<T>(
  header: string,
  spec: Omit<ImportColumn<T>, 'header' | 'parse' | 'required'> & Optionality,
  parse: (cell: SheetCell, label: string, context: ParseContext) => Parsed<T>,
): ImportColumn<T> {
  return { header, ...spec, parse: (cell, context) => parse(cell, header, context) };
}

const orgUnit = (header: string, kind: OrgUnitKind | undefined, example: string): ImportColumn<string> =>
  column(header, { ...REQUIRED, cellType: 'org', ...(kind ? { orgKind: kind } : {}), width: 28, example, format: `组织名称；重名时写完整路径，以“/”分隔，例如 ${ORG_UNIT_PATH_HINT}` }, (cell, label, context) =>
    requiredCell((c, l) => context.orgUnits.find(c, l, kind))(cell, label),
  );

const date = (header: string, example: string) => column(header, { ...REQUIRED, cellType: 'date', width: 14, example, format: `日期，例如 ${DATE_FORMATS_HINT}` }, requiredCell(dateCell));
const optionalDate = (header: string, format: string, example: string) => column(header, { ...OPTIONAL, cellType: 'date', width: 14, example, format }, dateCell);
const yuan = (header: string, example: string) => column(header, { ...REQUIRED, cellType: 'money', width: 14, example, format: '金额（元），最多两位小数，可带千位分隔符，例如 41,620.00' }, requiredCell(yuanCell));
const count = (header: string, example: string) => column(header, { ...REQUIRED, cellType: 'count', width: 10, example, format: '正整数' }, requiredCell(wholeNumberCell));
const optionalCount = (header: string, example: string) => column(header, { ...OPTIONAL, cellType: 'count', width: 10, example, format: '不小于 0 的整数，可不填' }, wholeNumberCell);
const text = (header: string, width: number, example: string) => column(header, { ...REQUIRED, cellType: 'text', width, example, format: '文字' }, requiredCell(textCell));
const optionalText = (header: string, width: number, format: string, example: string) => column(header, { ...OPTIONAL, cellType: 'text', width, example, format }, textCell);

function choice<T extends string>(header: string, names: Readonly<Record<T, string>>, optionality: Optionality, note: string): ImportColumn<T | undefined> {
  const choices = Object.values<string>(names);
  return column(header, { ...optionality, cellType: 'choice', width: 12, choices, example: choices[0] ?? '', format: `从下拉列表中选择：${choices.join('、')}${note}` }, (cell, label) =>
    namedValueCell(cell, label, names),
  );
}

const requiredChoice = <T extends string>(header: string, names: Readonly<Record<T, string>>): ImportColumn<T> => {
  const optional = choice(header, names, REQUIRED, '');
  return { ...optional, parse: (cell, context) => requiredCell((c) => optional.parse(c, context))(cell, header) };
};

// ---- the four sheets of §15 ----

export const IMPORT_SHEETS: { readonly [Kind in ImportKind]: ImportSheet<ImportRows[Kind]> } = {
  'union-donations': {
    kind: 'union-donations',
    sheetName: '爱心一日捐',
    rowMeans: '一个部门工会交来的一笔“爱心一日捐”善款',
    columns: {
      unionId: orgUnit('部门工会', 'UNION', '网络部工会'),
      amount: yuan('金额（元）', '5,860.00'),
      donorCount: count('捐款人数', '51'),
      receivedOn: date('收款日期', '2023-06-20'),
    },
  },
  'volunteer-activities': {
    kind: 'volunteer-activities',
    sheetName: '志愿活动',
    rowMeans: '一次志愿服务活动（学雷锋等）',
    columns: {
      organizerId: orgUnit('组织单位', undefined, '康健支局'),
      program: requiredChoice('项目类别', VOLUNTEER_PROGRAM_NAMES),
      title: text('活动名称', 24, '学雷锋志愿服务日'),
      startDate: date('开始日期', '2023-03-03'),
      endDate: optionalDate('结束日期', '日期；一天的活动可不填', '2023-03-03'),
      subdistrict: optionalText('街道', 10, '街道名称，可不填', '枫林'),
      site: text('地点', 20, '枫林路营业厅'),
      serviceItems: column('服务内容', { ...REQUIRED, cellType: 'list', width: 30, example: '电信业务咨询、反诈骗宣传', format: '一项或多项，用“、”“，”或“；”分隔' }, listCell),
      personTimes: count('人次', '4'),
      volunteerHours: column('志愿时长（小时）', { ...OPTIONAL, cellType: 'decimal', width: 12, example: '12.5', format: '小时，最多两位小数，可不填' }, hoursCell),
      timeBasis: choice('时间性质', TIME_BASIS_NAMES, OPTIONAL, '；不填为业余时间'),
      beneficiaries: optionalCount('服务人数', '60'),
    },
  },
  'exam-sentinel-shifts': {
    kind: 'exam-sentinel-shifts',
    sheetName: '考务哨兵',
    rowMeans: '一场考试在一个考点的考务哨兵保障',
    columns: {
      organizerId: orgUnit('组织单位', undefined, '康健支局'),
      examName: text('考试名称', 20, '春季高考'),
      examDate: date('考试日期', '2023-01-07'),
      site: text('考点', 24, '南洋模范中学考点'),
      supporters: count('保障人次', '4'),
    },
  },
  'relief-grants': {
    kind: 'relief-grants',
    sheetName: '帮困',
    rowMeans: '一次帮困发放（不填写受助人姓名等个人信息）',
    columns: {
      unionId: orgUnit('工会', 'UNION', '网络部工会'),
      grantedOn: date('发放日期', '2023-01-16'),
      amount: yuan('金额（元）', '7,500.00'),
      personTimes: count('人次', '15'),
      category: requiredChoice('类别', RELIEF_CATEGORY_NAMES),
    },
  },
};

/** The sheet's columns as a list, in header order. */
export function columnsOf<Row>(sheet: ImportSheet<Row>): readonly (readonly [keyof Row & string, ImportColumn<unknown>])[] {
  return Object.entries<ImportColumn<unknown>>(sheet.columns).map(([field, spec]) => [field as keyof Row & string, spec] as const);
}

// ---- the header row ----

/** Headers compare without spaces and with either kind of brackets: 金额(元) is 金额（元）. */
const headerKey = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');

export interface HeaderProblems {
  readonly missing: readonly string[];
  readonly unknown: readonly string[];
  readonly repeated: readonly string[];
}

/** Which sheet column holds each field; or which headers are missing, unknown or repeated. */
export function matchHeader<Row>(sheet: ImportSheet<Row>, headers: readonly (string | undefined)[]): { ok: true; fieldAt: ReadonlyMap<number, keyof Row & string> } | ({ ok: false } & HeaderProblems) {
  const byKey = new Map(columnsOf(sheet).map(([field, spec]) => [headerKey(spec.header), { field, spec }]));
  const fieldAt = new Map<number, keyof Row & string>();
  const seen = new Set<string>();
  const unknown: string[] = [];
  const repeated: string[] = [];
  headers.forEach((header, index) => {
    if (header === undefined || header.trim() === '') return;
    const known = byKey.get(headerKey(header));
    if (!known) unknown.push(header.trim());
    else if (seen.has(known.spec.header)) repeated.push(known.spec.header);
    else {
      seen.add(known.spec.header);
      fieldAt.set(index, known.field);
    }
  });
  const missing = columnsOf(sheet)
    .filter(([, spec]) => spec.required && !seen.has(spec.header))
    .map(([, spec]) => spec.header);
  if (missing.length > 0 || unknown.length > 0 || repeated.length > 0) return { ok: false, missing, unknown, repeated };
  return { ok: true, fieldAt };
}

// ---- one row ----

export interface CellProblem {
  /** The column's header. */
  readonly column: string;
  readonly message: string;
}

/** A row's input, or every problem its cells have (then no decider sees it). */
export function parseRow<Row>(
  sheet: ImportSheet<Row>,
  fieldAt: ReadonlyMap<number, keyof Row & string>,
  cells: readonly SheetCell[],
  context: ParseContext,
): { ok: true; row: Row } | { ok: false; problems: readonly CellProblem[] } {
  const indexOf = new Map([...fieldAt].map(([index, field]) => [field, index]));
  const draft: Partial<Record<keyof Row & string, unknown>> = {};
  const problems: CellProblem[] = [];
  for (const [field, spec] of columnsOf(sheet)) {
    const index = indexOf.get(field);
    const result = spec.parse(index === undefined ? { kind: 'empty' } : (cells[index] ?? { kind: 'empty' }), context);
    if (!result.ok) problems.push({ column: spec.header, message: result.problem });
    else if (result.value !== undefined) draft[field] = result.value;
  }
  // Every column parsed to its field's type (ImportColumns ties them), and every required one is there.
  return problems.length > 0 ? { ok: false, problems } : { ok: true, row: draft as Row };
}

/** The header of the column that fills `field` (a decider's issue path such as `serviceItems[2]`). */
export function headerOfField<Row>(sheet: ImportSheet<Row>, field: string): string | undefined {
  const top = field.split(/[.[]/)[0] ?? field;
  return columnsOf(sheet).find(([name]) => name === top)?.[1].header;
}
