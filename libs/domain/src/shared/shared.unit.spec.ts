import { compareDates, daysBetween, isCalendarDate, spanInDays, yearOf } from './calendar-date';
import { ValidationError } from './errors';
import { formatFenAsYuan, parseYuanToFen, tryParseYuanToFen } from './money';
import { parseStreamId, streamIdFor } from './stream-id';
import { FieldChecks } from './validation';
import { DOMAIN_EVENT_TYPES, isDomainEventType } from '../domain-event';

describe('calendar dates', () => {
  it.each(['2023-03-05', '2024-02-29', '2000-01-01', '2100-12-31'])('accepts %s', (d) => expect(isCalendarDate(d)).toBe(true));
  it.each(['2023-02-30', '2023-2-3', '2023-02-29', '1999-12-31', '2101-01-01', '2023-13-01', '2023-00-10', ' 2023-03-05', '20230305', ''])(
    'rejects %p',
    (d) => expect(isCalendarDate(d)).toBe(false),
  );
  it('compares and counts days', () => {
    expect(compareDates('2023-03-01', '2023-03-05')).toBe(-1);
    expect(compareDates('2023-03-05', '2023-03-05')).toBe(0);
    expect(daysBetween('2023-03-01', '2023-03-05')).toBe(4);
    expect(daysBetween('2023-12-31', '2024-03-01')).toBe(61);
    expect(daysBetween('2000-01-01', '2100-12-31')).toBe(36889);
    expect(spanInDays('2024-01-01', '2024-12-31')).toBe(366);
    expect(yearOf('2023-09-01')).toBe(2023);
  });
});

describe('money', () => {
  it.each([
    ['41620', 4162000],
    ['41620.00', 4162000],
    ['0.5', 50],
    ['0.05', 5],
    ['0', 0],
    ['100000000.00', 10_000_000_000],
  ])('parses %s yuan', (text, fen) => expect(tryParseYuanToFen(text)).toBe(fen));
  it.each(['1e3', '-1', '12.345', '', ' 1', '1 ', '01', '1.', '.5', '1,000', '100000000.01', '90071992547409.91', '１２'])('rejects %p', (text) => {
    expect(tryParseYuanToFen(text)).toBeUndefined();
    expect(() => parseYuanToFen(text)).toThrow(ValidationError);
  });
  it('formats fen as yuan', () => {
    expect(formatFenAsYuan(4162000)).toBe('41620.00');
    expect(formatFenAsYuan(5)).toBe('0.05');
    expect(formatFenAsYuan(2750000)).toBe('27500.00');
  });
});

describe('field checks', () => {
  it('collects every issue before throwing', () => {
    const checks = new FieldChecks();
    expect(checks.text('title', '  ', { max: 5, label: '活动名称' })).toBe('');
    expect(checks.text('site', ' 枫林 ', { max: 5, label: '地点' })).toBe('枫林');
    checks.int('personTimes', 0, { min: 1, label: '人次' });
    expect(() => checks.throwIfAny()).toThrow(ValidationError);
    expect(checks.issues.map((i) => i.field)).toEqual(['title', 'personTimes']);
    expect(checks.issues[1]?.message).toBe('人次须为不小于 1 的整数');
  });
  it('counts characters, not UTF-16 units', () => {
    const checks = new FieldChecks();
    checks.text('name', '𠀀𠀀', { max: 2, label: '名称' });
    expect(checks.issues).toEqual([]);
  });
});

describe('stream ids and event types', () => {
  const id = '00000000-0000-4000-8000-000000000001';
  it('builds and parses stream ids', () => {
    expect(streamIdFor('volunteeractivity', id)).toBe(`volunteeractivity-${id}`);
    expect(parseStreamId(`orgchart-${id}`)).toEqual({ kind: 'orgchart', id });
    expect(parseStreamId('$et-foo')).toBeUndefined();
    expect(() => streamIdFor('booth', 'ABC')).toThrow(ValidationError);
  });
  it('knows its own event types', () => {
    expect(isDomainEventType('VolunteerActivityRecorded')).toBe(true);
    expect(isDomainEventType('SomethingElse')).toBe(false);
    expect(new Set(DOMAIN_EVENT_TYPES).size).toBe(DOMAIN_EVENT_TYPES.length);
  });
});
