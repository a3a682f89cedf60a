// Numbers as the 社区责任 report prints them: thousands separators, yuan without ".00" when whole.
// String in, string out for money and hours: never a float.

/** 41620 → "41,620". */
export function formatCount(n: number): string {
  return groupThousands(String(Math.trunc(n)));
}

/** Yuan as the reports print it: "41620.00" → "41,620", "1280.50" → "1,280.50". */
export function formatYuan(amount: string): string {
  const { sign, whole, fraction } = splitDecimal(amount);
  const cents = fraction.padEnd(2, '0').slice(0, 2);
  return `${sign}${groupThousands(whole)}${/^0*$/.test(cents) ? '' : `.${cents}`}`;
}

/** Hours without trailing zeros: "37.50" → "37.5", "12.00" → "12". */
export function formatHours(hours: string): string {
  const { sign, whole, fraction } = splitDecimal(hours);
  const trimmed = fraction.replace(/0+$/, '');
  return `${sign}${groupThousands(whole)}${trimmed ? `.${trimmed}` : ''}`;
}

/** True for "0", "0.00", "" and the like: a figure the report leaves out. */
export const isZeroAmount = (amount: string): boolean => /^\s*-?0*(\.0*)?\s*$/.test(amount);

function splitDecimal(value: string): { sign: string; whole: string; fraction: string } {
  const match = /^\s*(-?)(\d*)(?:\.(\d*))?\s*$/.exec(value);
  if (!match) return { sign: '', whole: value, fraction: '' };
  return { sign: match[1] ?? '', whole: (match[2] ?? '').replace(/^0+(?=\d)/, '') || '0', fraction: match[3] ?? '' };
}

const groupThousands = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
