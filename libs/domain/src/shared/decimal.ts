// Exact two-decimal quantities (yuan, volunteer hours) kept as integer hundredths, so sums never
// pick up floating-point error. The text form is the API's: digits, optionally a dot and 1–2 digits.

// Leading zeros are rejected ('01', '007.5') because they usually mean a typo or a pasted code;
// a single '0' before the dot ('0.50') is of course fine.
const DECIMAL_PATTERN = /^(0|[1-9]\d*)(?:\.(\d{1,2}))?$/;

/**
 * The largest amount accepted anywhere: 1亿 (100,000,000.00) yuan or hours. Anything larger is a
 * typing error in a community report, and the cap keeps every total of many records a safe integer
 * (a total that could not be formatted would make a record unreadable after it was written).
 */
export const MAX_DECIMAL_HUNDREDTHS = 100_000_000_00;

/** Integer hundredths for `text`, or undefined when it is not a plain non-negative decimal up to MAX_DECIMAL_HUNDREDTHS. */
export function parseHundredths(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  const match = DECIMAL_PATTERN.exec(text);
  if (!match) return undefined;
  const whole = match[1] ?? '0';
  const fraction = (match[2] ?? '').padEnd(2, '0');
  // Digit-string arithmetic through BigInt keeps huge inputs exact before the range check.
  const value = BigInt(whole) * 100n + BigInt(fraction);
  if (value > BigInt(MAX_DECIMAL_HUNDREDTHS)) return undefined;
  return Number(value);
}

/** `4162000` → `'41620.00'`. */
export function formatHundredths(hundredths: number): string {
  if (!Number.isSafeInteger(hundredths)) throw new RangeError(`not a safe integer: ${hundredths}`);
  const sign = hundredths < 0 ? '-' : '';
  const abs = Math.abs(hundredths);
  const whole = Math.floor(abs / 100);
  const fraction = String(abs % 100).padStart(2, '0');
  return `${sign}${whole}.${fraction}`;
}

/** How a form says what a decimal must look like; completes "…须为". */
export const DECIMAL_FORMAT_HINT = '不超过 100000000、最多两位小数的数字，例如 41620.00 或 3.5';
