// 元 yuan amounts as the api takes them (docs/design.md §1: a decimal string, never a float): the
// client says what the server would refuse before sending, and adds amounts exactly.

// The api's Decimal: digits without leading zeros, at most two decimals (libs/domain decimal.ts).
const DECIMAL = /^(0|[1-9]\d*)(?:\.(\d{1,2}))?$/;
/** The api's ceiling for any amount: 1亿 yuan. */
const MAX_HUNDREDTHS = 100_000_000_00n;

/** "41,620.5 " → "41620.5": people type separators and spaces; the api takes neither. */
export function normalizeAmount(text: string): string {
  return text.replace(/[,，\s]/g, '');
}

/** Integer fen of an api Decimal, or undefined when the server would refuse its form. */
export function amountInFen(text: string): bigint | undefined {
  const match = DECIMAL.exec(text);
  if (!match) return undefined;
  const fen = BigInt(match[1] ?? '0') * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
  return fen > MAX_HUNDREDTHS ? undefined : fen;
}

/** What is wrong with an amount a person typed (separators allowed), or nothing. `label` names the field. */
export function amountProblem(text: string, { label = '金额', maxYuan }: { readonly label?: string; readonly maxYuan?: number } = {}): string | undefined {
  const fen = amountInFen(normalizeAmount(text));
  if (fen === undefined) return `${label}须为不超过 100000000、最多两位小数的数字，例如 41620.00 或 3.5`;
  if (fen <= 0n) return `${label}须大于 0`;
  if (maxYuan !== undefined && fen > BigInt(maxYuan) * 100n) return `${label}不能超过 ${maxYuan} 元`;
  return undefined;
}

/** "5860.00" + "8420.5" → "14280.50", exactly. Unreadable amounts count as 0. */
export function sumYuan(amounts: readonly string[]): string {
  const fen = amounts.reduce((sum, amount) => sum + (amountInFen(amount) ?? 0n), 0n);
  return `${fen / 100n}.${String(fen % 100n).padStart(2, '0')}`;
}
