// How figures and dates read on every page (STYLE 14): 2023年3月5日, 41,620.00 元, 2,433.
// Money and hours arrive as decimal strings (the api's Decimal) and are formatted as text, never
// through a float, so 0.1 + 0.2 can never show up on a report.

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 1234567 → "1,234,567" (digits grouped by three, as zh-CN writes them). */
function groupDigits(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A whole count with thousands separators: 2433 → "2,433". */
export function formatCount(value: number): string {
  if (!Number.isFinite(value)) return '—';
  const rounded = Math.round(value);
  return `${rounded < 0 ? '-' : ''}${groupDigits(String(Math.abs(rounded)))}`;
}

/** Yuan with two decimals, without the unit: "41620" → "41,620.00". Unparseable text is shown as it is. */
export function formatAmount(amount: string): string {
  const match = DECIMAL.exec(amount.trim());
  if (!match) return amount;
  const [, sign = '', whole = '0', fraction = ''] = match;
  const cents = fraction.padEnd(2, '0').slice(0, 2);
  return `${sign}${groupDigits(String(BigInt(whole)))}.${cents}`;
}

/** Money as people read it: "41620.00" → "41,620.00 元". */
export function formatYuan(amount: string): string {
  return `${formatAmount(amount)} 元`;
}

/** A decimal without needless trailing zeros: "577.00" → "577", "1234.50" → "1,234.5". */
export function formatDecimal(value: string): string {
  const match = DECIMAL.exec(value.trim());
  if (!match) return value;
  const [, sign = '', whole = '0', fraction = ''] = match;
  const kept = fraction.replace(/0+$/, '');
  return `${sign}${groupDigits(String(BigInt(whole)))}${kept ? `.${kept}` : ''}`;
}

/** Volunteer hours: "577.00" → "577 小时". */
export function formatHours(hours: string): string {
  return `${formatDecimal(hours)} 小时`;
}

/** A calendar date (the api's Date, YYYY-MM-DD) as Chinese readers write it: "2023-03-05" → "2023年3月5日". */
export function formatDate(date: string): string {
  const match = CALENDAR_DATE.exec(date);
  if (!match) return date;
  const [, year, month = '', day = ''] = match;
  return `${year}年${Number(month)}月${Number(day)}日`;
}

const SHANGHAI_PARTS = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function shanghaiParts(instant: Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> {
  const parts = Object.fromEntries(SHANGHAI_PARTS.formatToParts(instant).map((part) => [part.type, part.value]));
  return { year: parts['year'] ?? '', month: parts['month'] ?? '', day: parts['day'] ?? '', hour: parts['hour'] ?? '', minute: parts['minute'] ?? '' };
}

/** The Asia/Shanghai calendar date of an instant, as the api writes dates (YYYY-MM-DD). */
export function shanghaiDate(instant: Date): string {
  const { year, month, day } = shanghaiParts(instant);
  return `${year}-${month}-${day}`;
}

/** An instant (the api's DateTime) at Asia/Shanghai time: "2023年3月5日 14:05". */
export function formatInstant(isoInstant: string): string {
  const instant = new Date(isoInstant);
  if (Number.isNaN(instant.getTime())) return isoInstant;
  const { hour, minute } = shanghaiParts(instant);
  return `${formatDate(shanghaiDate(instant))} ${hour}:${minute}`;
}
