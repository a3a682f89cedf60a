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
  /** How the field is named to the user, e.g. '人次 person-times'; defaults to the field name. */
  readonly label?: string;
}

/**
 * Collects field issues. On a bad value each check records the issue and returns a harmless
 * placeholder of the right type; callers must call `throwIfAny()` before using any result.
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

  id(field: string, value: unknown): string {
    if (typeof value !== 'string' || !UUID_PATTERN.test(value)) {
      this.add(field, 'must be a lower-case UUID id (it is normally filled in by the system)');
      return '';
    }
    return value;
  }

  text(field: string, value: unknown, opts: { max: number } & Labelled): string {
    const label = opts.label ?? field;
    const text = normalizeText(value);
    if (text === undefined) {
      this.add(field, `${label} is required and may not be blank`);
      return '';
    }
    if (textLength(text) > opts.max) this.add(field, `${label} may be at most ${opts.max} characters`);
    return text;
  }

  /** Why a record is corrected or voided; kept in the history for auditors. */
  reason(value: unknown, field = 'reason'): string {
    return this.text(field, value, { max: REASON_MAX, label: '原因 reason' });
  }

  /** Missing, null or blank text all mean "not given". */
  optionalText(field: string, value: unknown, opts: { max: number } & Labelled): string | undefined {
    if (value === undefined || value === null || normalizeText(value) === undefined) {
      if (value !== undefined && value !== null && typeof value !== 'string') this.add(field, `${opts.label ?? field} must be text`);
      return undefined;
    }
    return this.text(field, value, opts);
  }

  textList(
    field: string,
    value: unknown,
    opts: { maxItems: number; maxLength: number; minItems?: number; itemLabel?: string } & Labelled,
  ): string[] {
    const label = opts.label ?? field;
    if (!Array.isArray(value)) {
      this.add(field, `${label} must be a list`);
      return [];
    }
    const minItems = opts.minItems ?? 0;
    if (value.length < minItems) this.add(field, `${label} needs at least ${minItems} entr${minItems === 1 ? 'y' : 'ies'}`);
    if (value.length > opts.maxItems) this.add(field, `${label} may list at most ${opts.maxItems} entries`);
    const seen = new Set<string>();
    const items: string[] = [];
    value.forEach((item: unknown, index) => {
      const text = this.text(`${field}[${index}]`, item, { max: opts.maxLength, label: `entry ${index + 1} of ${label}` });
      if (text === '') return;
      if (seen.has(text)) this.add(`${field}[${index}]`, `"${text}" is listed more than once in ${label}`);
      seen.add(text);
      items.push(text);
    });
    return items;
  }

  date(field: string, value: unknown, opts: Labelled = {}): CalendarDate {
    const problem = calendarDateProblem(value);
    if (problem !== undefined) {
      this.add(field, `${opts.label ?? field} ${problem}`);
      return '';
    }
    return value as CalendarDate;
  }

  optionalDate(field: string, value: unknown, opts: Labelled = {}): CalendarDate | undefined {
    return value === undefined || value === null ? undefined : this.date(field, value, opts);
  }

  int(field: string, value: unknown, opts: { min: number; max?: number } & Labelled): number {
    const label = opts.label ?? field;
    const max = opts.max ?? 1_000_000_000;
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < opts.min || value > max) {
      this.add(field, `${label} must be a whole number of at least ${opts.min}${opts.max === undefined ? '' : ` and at most ${opts.max}`}`);
      return opts.min;
    }
    return value;
  }

  optionalInt(field: string, value: unknown, opts: { min: number; max?: number } & Labelled): number | undefined {
    return value === undefined || value === null ? undefined : this.int(field, value, opts);
  }

  /** A yuan amount as API text → integer fen; `positive` rejects 0. */
  yuan(field: string, value: unknown, opts: { positive: boolean } & Labelled): number {
    const label = opts.label ?? field;
    const fen = parseHundredths(value);
    if (fen === undefined) {
      this.add(field, `${label} must be yuan written as ${DECIMAL_FORMAT_HINT}`);
      return 0;
    }
    if (opts.positive && fen <= 0) this.add(field, `${label} must be more than 0`);
    return fen;
  }

  /** A two-decimal quantity such as hours as API text → integer hundredths. */
  hundredths(field: string, value: unknown, opts: { positive: boolean } & Labelled): number {
    const label = opts.label ?? field;
    const hundredths = parseHundredths(value);
    if (hundredths === undefined) {
      this.add(field, `${label} must be ${DECIMAL_FORMAT_HINT}`);
      return 0;
    }
    if (opts.positive && hundredths <= 0) this.add(field, `${label} must be more than 0`);
    return hundredths;
  }

  oneOf<T extends string>(field: string, value: unknown, allowed: readonly T[], opts: Labelled = {}): T {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    this.add(field, `${opts.label ?? field} must be one of ${allowed.join(', ')}`);
    return allowed[0] as T;
  }
}
