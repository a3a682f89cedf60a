import { formatAmount, formatCount, formatDate, formatDecimal, formatHours, formatInstant, formatYuan, shanghaiDate } from './format';

describe('formatYuan', () => {
  it.each([
    ['41620.00', '41,620.00 元'],
    ['27500', '27,500.00 元'],
    ['1280.5', '1,280.50 元'],
    ['0.00', '0.00 元'],
    ['999', '999.00 元'],
    ['1234567.89', '1,234,567.89 元'],
    ['-5.5', '-5.50 元'],
  ])('%s reads as %s', (amount, expected) => {
    expect(formatYuan(amount)).toBe(expected);
  });

  it('keeps every digit of an amount too large for a float', () => {
    expect(formatAmount('90071992547409931.25')).toBe('90,071,992,547,409,931.25');
  });

  it('shows text that is no amount as it is, rather than a wrong figure', () => {
    expect(formatYuan('abc')).toBe('abc 元');
  });
});

describe('formatCount', () => {
  it.each([
    [0, '0'],
    [77, '77'],
    [2433, '2,433'],
    [1234567, '1,234,567'],
    [-1200, '-1,200'],
  ])('%d reads as %s', (value, expected) => {
    expect(formatCount(value)).toBe(expected);
  });
});

describe('formatDecimal and formatHours', () => {
  it('drops needless trailing zeros and groups the whole part', () => {
    expect(formatDecimal('577.00')).toBe('577');
    expect(formatDecimal('1234.50')).toBe('1,234.5');
    expect(formatDecimal('12.25')).toBe('12.25');
    expect(formatHours('577.00')).toBe('577 小时');
  });
});

describe('formatDate', () => {
  it('writes a calendar date the Chinese way, without leading zeros', () => {
    expect(formatDate('2023-03-05')).toBe('2023年3月5日');
    expect(formatDate('2023-12-31')).toBe('2023年12月31日');
  });

  it('shows text that is no date as it is', () => {
    expect(formatDate('2023/3/5')).toBe('2023/3/5');
  });
});

describe('instants at Asia/Shanghai', () => {
  it('takes the Shanghai calendar date, not the UTC one', () => {
    expect(shanghaiDate(new Date('2023-12-31T16:30:00Z'))).toBe('2024-01-01');
    expect(shanghaiDate(new Date('2023-03-04T15:59:00Z'))).toBe('2023-03-04');
  });

  it('formats an instant with its Shanghai date and time', () => {
    expect(formatInstant('2023-03-05T06:05:00Z')).toBe('2023年3月5日 14:05');
    expect(formatInstant('not a time')).toBe('not a time');
  });
});
