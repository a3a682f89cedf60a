// Deciders check every field first and then throw ONE ValidationError listing all problems, so a
// branch secretary can fix the whole form in one go instead of one error per submit.
import { calendarDateProblem } from './calendar-date';
import type { CalendarDate } from './calendar-date';
import { DECIMAL_FORMAT_HINT, parseHundredths } from './decimal';
import { ValidationError } from './errors';
import type { FieldIssue } from './errors';
import { normalizeText, textLength } from './text';

/** Ids are lower-case UUIDs, so one record can never be split over two differently-cased streams. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const REASON_MAX = 500;

interface Labelled {
  /** How the field is named to the person filling in the form, in Chinese, e.g. '人次'. */
  readonly label: string;
}

/**
 * Collects field issues. On a bad value each check records the issue and returns a harmless
 * placeholder of the right type; callers must call `throwIfAny()` before using any result.
 * Every message is Chinese and names the field by its label; `field` is the GraphQL input path.
 */
export class FieldChecks {
  private readonly found: FieldIssue[] = [];

  get issues(): readonly FieldIssue[] {
    return this.found;
  }

  add(field: string, message: string): void {
    this.found.push({ field, message });
  }

  throwIfAny(): void {
    if (this.found.length > 0) throw new ValidationError([...this.found]);
  }

  id(field: string, value: unknown, opts: Labelled): string {
    if (typeof value !== 'string' || !UUID_PATTERN.test(value)) {
      this.add(field, `${opts.label}不是有效的记录编号`);
      return '';
    }
    return value;
  }

  text(field: string, value: unknown, opts: { max: number } & Labelled): string {
    const text = normalizeText(value);
    if (text === undefined) {
      this.add(field, `请填写${opts.label}`);
      return '';
    }
    if (textLength(text) > opts.max) this.add(field, `${opts.label}不能超过 ${opts.max} 个字`);
    return text;
  }

  /** Why a record is corrected or voided; kept in the history for auditors. */
  reason(value: unknown, field = 'reason'): string {
    return this.text(field, value, { max: REASON_MAX, label: '原因' });
  }

  /** Missing, null or blank text all mean "not given". */
  optionalText(field: string, value: unknown, opts: { max: number } & Labelled): string | undefined {
    if (value === undefined || value === null || normalizeText(value) === undefined) {
      if (value !== undefined && value !== null && typeof value !== 'string') this.add(field, `${opts.label}应为文字`);
      return undefined;
    }
    return this.text(field, value, opts);
  }

  textList(field: string, value: unknown, opts: { maxItems: number; maxLength: number; minItems?: number } & Labelled): string[] {
    const { label } = opts;
    if (!Array.isArray(value)) {
      this.add(field, `${label}应为列表`);
      return [];
    }
    const minItems = opts.minItems ?? 0;
    if (value.length < minItems) this.add(field, `${label}至少填写 ${minItems} 项`);
    if (value.length > opts.maxItems) this.add(field, `${label}最多填写 ${opts.maxItems} 项`);
    const seen = new Set<string>();
    const items: string[] = [];
    value.forEach((item: unknown, index) => {
      const text = this.text(`${field}[${index}]`, item, { max: opts.maxLength, label: `${label}第 ${index + 1} 项` });
      if (text === '') return;
      if (seen.has(text)) this.add(`${field}[${index}]`, `${label}中“${text}”重复了`);
      seen.add(text);
      items.push(text);
    });
    return items;
  }

  date(field: string, value: unknown, opts: Labelled): CalendarDate {
    const problem = calendarDateProblem(value, opts.label);
    if (problem !== undefined) {
      this.add(field, problem);
      return '';
    }
    return value as CalendarDate;
  }

  optionalDate(field: string, value: unknown, opts: Labelled): CalendarDate | undefined {
    return value === undefined || value === null ? undefined : this.date(field, value, opts);
  }

  int(field: string, value: unknown, opts: { min: number; max?: number } & Labelled): number {
    const max = opts.max ?? 1_000_000_000;
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < opts.min || value > max) {
      const range = opts.max === undefined ? `不小于 ${opts.min} 的整数` : ` ${opts.min} 至 ${opts.max} 之间的整数`;
      this.add(field, `${opts.label}须为${range}`);
      return opts.min;
    }
    return value;
  }

  optionalInt(field: string, value: unknown, opts: { min: number; max?: number } & Labelled): number | undefined {
    return value === undefined || value === null ? undefined : this.int(field, value, opts);
  }

  /** A yuan amount as API text → integer fen; `positive` rejects 0, `maxYuan` caps it. */
  yuan(field: string, value: unknown, opts: { positive: boolean; maxYuan?: number } & Labelled): number {
    const fen = this.hundredths(field, value, opts);
    if (opts.maxYuan !== undefined && fen > opts.maxYuan * 100) this.add(field, `${opts.label}不能超过 ${opts.maxYuan} 元`);
    return fen;
  }

  /** A two-decimal quantity such as hours as API text → integer hundredths. */
  hundredths(field: string, value: unknown, opts: { positive: boolean } & Labelled): number {
    const hundredths = parseHundredths(value);
    if (hundredths === undefined) {
      this.add(field, `${opts.label}须为${DECIMAL_FORMAT_HINT}`);
      return 0;
    }
    if (opts.positive && hundredths <= 0) this.add(field, `${opts.label}须大于 0`);
    return hundredths;
  }

  oneOf<T extends string>(field: string, value: unknown, allowed: readonly T[], opts: Labelled): T {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    this.add(field, `${opts.label}须为以下之一：${allowed.join('、')}`);
    return allowed[0] as T;
  }
}
