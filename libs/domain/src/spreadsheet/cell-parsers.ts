// Lenient in what a spreadsheet holds, strict in what it accepts: each parser takes a cell as
// people fill them in (Excel date cells or 2023/3/5, 41,620.00, 网络部工会 or its path, 学雷锋) and
// gives the value the API takes ('2023-03-05', '41620.00', an org unit id, LEI_FENG), or says in
// Chinese, naming the column, why it cannot. Range and business rules stay the deciders' own: a
// parsed value goes through the same decide as a GraphQL request.
import { calendarDateProblem, type CalendarDate } from '../shared/calendar-date';
import { formatHundredths } from '../shared/decimal';
import { assertNever } from '../shared/equality';
import { normalizeText } from '../shared/text';
import type { SheetCell } from './sheet-cell';
import { isBlankCell } from './sheet-cell';
import { valueNamed } from './value-names';

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: string };

export const parsedValue = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const cellProblem = <T>(text: string): Parsed<T> => ({ ok: false, problem: text });

export const DATE_FORMATS_HINT = '2023-03-05、2023/3/5 或 2023年3月5日';

/** Formulas and error values are refused in every column: a value belongs there. */
function notAValue(cell: SheetCell, label: string): string | undefined {
  if (cell.kind === 'formula') return `${label}是公式，请改为数值（复制后“选择性粘贴 → 数值”）`;
  if (cell.kind === 'error') return `${label}是错误值 ${cell.text}，请改正`;
  return undefined;
}

/** Full-width digits and signs (４１，６２０．００) as ASCII, spaces trimmed. */
const plain = (text: string): string => text.normalize('NFKC').trim();

export function textCell(cell: SheetCell, label: string): Parsed<string | undefined> {
  const refused = notAValue(cell, label);
  if (refused) return cellProblem(refused);
  switch (cell.kind) {
    case 'empty':
      return parsedValue(undefined);
    case 'text':
      return parsedValue(normalizeText(cell.text));
    case 'number':
      return parsedValue(String(cell.value));
    case 'date':
    case 'boolean':
      return cellProblem(`${label}应为文字`);
    case 'formula':
    case 'error':
      return cellProblem(`${label}应为文字`);
    default:
      return assertNever(cell);
  }
}

/** 服务内容: items separated by 、，,;； or line breaks. */
export function listCell(cell: SheetCell, label: string): Parsed<string[]> {
  // Split before the text is made canonical, which would fold a line break into a space.
  if (cell.kind === 'text') return parsedValue(cell.text.split(/[、，,;；\r\n]/).flatMap((item) => normalizeText(item) ?? []));
  const text = textCell(cell, label);
  if (!text.ok) return text;
  return parsedValue(text.value === undefined ? [] : [text.value]);
}

// Excel counts days from 1899-12-30 (its 1900 leap-year bug folded in); 36526 is 2000-01-01 and
// 73415 is 2100-12-31, the tracker's whole calendar.
const EXCEL_EPOCH_DAYS = -25569;
const EXCEL_FIRST_SERIAL = 36526;
const EXCEL_LAST_SERIAL = 73415;

export function dateCell(cell: SheetCell, label: string): Parsed<CalendarDate | undefined> {
  const refused = notAValue(cell, label);
  if (refused) return cellProblem(refused);
  switch (cell.kind) {
    case 'empty':
      return parsedValue(undefined);
    case 'date':
      return checkedDate(cell.date, label, cell.date);
    case 'number': {
      // A date cell whose format Excel did not mark as a date arrives as its serial number.
      const serial = Math.floor(cell.value);
      if (serial < EXCEL_FIRST_SERIAL || serial > EXCEL_LAST_SERIAL) return cellProblem(`${label}“${cell.value}”不是日期，请写成 ${DATE_FORMATS_HINT}`);
      return checkedDate(civilDate(serial + EXCEL_EPOCH_DAYS), label, String(cell.value));
    }
    case 'text': {
      const text = plain(cell.text);
      if (text === '') return parsedValue(undefined);
      const match = /^(\d{4})\s*(?:[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?)$/.exec(text);
      if (!match) return cellProblem(`${label}“${text}”无法识别，请写成 ${DATE_FORMATS_HINT}`);
      const [year, month, day] = [match[1], match[2] ?? match[4], match[3] ?? match[5]];
      return checkedDate(`${year}-${(month ?? '').padStart(2, '0')}-${(day ?? '').padStart(2, '0')}`, label, text);
    }
    case 'boolean':
    case 'formula':
    case 'error':
      return cellProblem(`${label}应为日期，请写成 ${DATE_FORMATS_HINT}`);
    default:
      return assertNever(cell);
  }
}

function checkedDate(date: CalendarDate, label: string, asWritten: string): Parsed<CalendarDate> {
  const why = calendarDateProblem(date, label);
  if (why === undefined) return parsedValue(date);
  return cellProblem(why.includes('真实存在') ? `${label}“${asWritten}”不是真实存在的日期` : why);
}

/** `YYYY-MM-DD` of a day number counted from 1970-01-01 (H. Hinnant's civil_from_days). */
function civilDate(days: number): CalendarDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Digits with thousands separators in the right places, or none: 41,620.00 → 41620.00. */
function withoutSeparators(text: string): string | undefined {
  if (!text.includes(',')) return text;
  return /^\d{1,3}(,\d{3})+(\.\d*)?$/.test(text) ? text.replaceAll(',', '') : undefined;
}

/**
 * A two-decimal quantity (yuan, hours) as the API's decimal text: a number cell, or text such as
 * 41,620.00, ￥5860 or 5860元. What the text then says (its format, its range) is the decider's to judge.
 */
function decimalCell(cell: SheetCell, label: string, unit: RegExp): Parsed<string | undefined> {
  const refused = notAValue(cell, label);
  if (refused) return cellProblem(refused);
  switch (cell.kind) {
    case 'empty':
      return parsedValue(undefined);
    case 'number': {
      if (!Number.isFinite(cell.value)) return cellProblem(`${label}不是有效的数字`);
      const hundredths = Math.round(cell.value * 100);
      // A cell holds a binary float: 5860.1 is 5860.0999…; more than that is a third decimal.
      if (Math.abs(cell.value * 100 - hundredths) > 1e-6) return cellProblem(`${label}最多两位小数，这一格是 ${cell.value}`);
      if (!Number.isSafeInteger(hundredths)) return cellProblem(`${label}数字太大`);
      return parsedValue(formatHundredths(hundredths));
    }
    case 'text': {
      const text = plain(cell.text).replace(unit, '').replace(/\s+/g, '');
      if (text === '') return parsedValue(undefined);
      const digits = withoutSeparators(text);
      if (digits === undefined) return cellProblem(`${label}“${plain(cell.text)}”的千位分隔符位置不对，例如应写 41,620.00`);
      return parsedValue(digits);
    }
    case 'date':
    case 'boolean':
    case 'formula':
    case 'error':
      return cellProblem(`${label}应为数字`);
    default:
      return assertNever(cell);
  }
}

export const yuanCell = (cell: SheetCell, label: string): Parsed<string | undefined> => decimalCell(cell, label, /^[¥￥]|元$/g);
export const hoursCell = (cell: SheetCell, label: string): Parsed<string | undefined> => decimalCell(cell, label, /(小时|h)$/gi);

/** A count (人次, 捐款人数): a whole number cell, or digits with separators; its range is the decider's. */
export function wholeNumberCell(cell: SheetCell, label: string): Parsed<number | undefined> {
  const refused = notAValue(cell, label);
  if (refused) return cellProblem(refused);
  switch (cell.kind) {
    case 'empty':
      return parsedValue(undefined);
    case 'number':
      return Number.isInteger(cell.value) ? parsedValue(cell.value) : cellProblem(`${label}须为整数，这一格是 ${cell.value}`);
    case 'text': {
      const text = plain(cell.text).replace(/(人次|人|次|场)$/, '').trim();
      if (text === '') return parsedValue(undefined);
      const digits = withoutSeparators(text);
      if (digits === undefined || !/^\d+$/.test(digits) || !Number.isSafeInteger(Number(digits))) return cellProblem(`${label}须为整数，这一格是“${plain(cell.text)}”`);
      return parsedValue(Number(digits));
    }
    case 'date':
    case 'boolean':
    case 'formula':
    case 'error':
      return cellProblem(`${label}须为整数`);
    default:
      return assertNever(cell);
  }
}

/** An enum column by the Chinese names of its values (学雷锋, 工作时间, 大病…). */
export function namedValueCell<T extends string>(cell: SheetCell, label: string, names: Readonly<Record<T, string>>): Parsed<T | undefined> {
  const text = textCell(cell, label);
  if (!text.ok) return text;
  if (text.value === undefined) return parsedValue(undefined);
  const value = valueNamed(names, plain(text.value));
  return value === undefined ? cellProblem(`${label}“${text.value}”不是可选的值，可选：${Object.values<string>(names).join('、')}`) : parsedValue(value);
}

/** Turns an optional column's parser into a required one: a blank cell is then a problem. */
export function requiredCell<T>(parse: (cell: SheetCell, label: string) => Parsed<T | undefined>): (cell: SheetCell, label: string) => Parsed<T> {
  return (cell, label) => {
    if (isBlankCell(cell)) return cellProblem(`请填写${label}`);
    const result = parse(cell, label);
    if (!result.ok) return result;
    return result.value === undefined ? cellProblem(`请填写${label}`) : parsedValue(result.value);
  };
}
