// Calendar dates are Asia/Shanghai dates written `YYYY-MM-DD` and kept as plain strings. A
// record belongs to the year of its own date, so all arithmetic here is pure calendar
// arithmetic: no Date objects, no time zones, no clock.

/** A `YYYY-MM-DD` string that passed `isCalendarDate`. */
export type CalendarDate = string;

export const MIN_CALENDAR_DATE: CalendarDate = '2000-01-01';
export const MAX_CALENDAR_DATE: CalendarDate = '2100-12-31';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

function parts(text: string): { year: number; month: number; day: number } | undefined {
  const match = DATE_PATTERN.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** True for a date that exists, in strict `YYYY-MM-DD` form, in any year (a birth date, say). */
export const isRealDate = (text: string): boolean => parts(text) !== undefined;

/** True for a real date in strict `YYYY-MM-DD` form within 2000-01-01..2100-12-31. */
export function isCalendarDate(text: unknown): text is CalendarDate {
  if (typeof text !== 'string' || parts(text) === undefined) return false;
  // Fixed-width strings compare in calendar order.
  return text >= MIN_CALENDAR_DATE && text <= MAX_CALENDAR_DATE;
}

/** Why `text` is not an acceptable date, as a form would say it of the field `label`; undefined when it is fine. */
export function calendarDateProblem(text: unknown, label: string): string | undefined {
  if (typeof text !== 'string' || !DATE_PATTERN.test(text)) return `${label}格式应为 YYYY-MM-DD，例如 2023-03-05`;
  if (parts(text) === undefined) return `${label}不是真实存在的日期：${text}`;
  if (!isCalendarDate(text)) return `${label}须在 ${MIN_CALENDAR_DATE} 至 ${MAX_CALENDAR_DATE} 之间`;
  return undefined;
}

function dayNumber(date: CalendarDate): number {
  const p = parts(date);
  if (!p) throw new RangeError(`not a calendar date: ${date}`);
  // Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil).
  const y = p.month <= 2 ? p.year - 1 : p.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (p.month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + p.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** -1, 0 or 1 as `a` is before, equal to or after `b`. */
export function compareDates(a: CalendarDate, b: CalendarDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

export const isBefore = (a: CalendarDate, b: CalendarDate): boolean => compareDates(a, b) < 0;
export const isAfter = (a: CalendarDate, b: CalendarDate): boolean => compareDates(a, b) > 0;

/** Whole days from `from` to `to` (negative when `to` is earlier): 2023-03-01 → 2023-03-05 is 4. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** Inclusive count of days covered: a one-day activity spans 1 day. */
export function spanInDays(from: CalendarDate, to: CalendarDate): number {
  return daysBetween(from, to) + 1;
}

export function yearOf(date: CalendarDate): number {
  const p = parts(date);
  if (!p) throw new RangeError(`not a calendar date: ${date}`);
  return p.year;
}

/** The later of two dates. */
export const latestOf = (a: CalendarDate, b: CalendarDate): CalendarDate => (a >= b ? a : b);
