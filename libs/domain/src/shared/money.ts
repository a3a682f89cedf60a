// Money is integer 分 fen inside the system and a yuan (元) decimal string at the API; never a float.
import { formatHundredths, parseHundredths, DECIMAL_FORMAT_HINT } from './decimal';
import { ValidationError } from './errors';

/** Integer fen (1 元 yuan = 100 fen). */
export type Fen = number;

/**
 * `'41620'` → 4162000, `'0.5'` → 50. Accepts only digits with an optional 1–2 digit fraction:
 * no sign, exponent, spaces, thousands separators or leading zeros ('01'). Undefined when rejected.
 */
export function tryParseYuanToFen(text: unknown): Fen | undefined {
  return parseHundredths(text);
}

/** Like `tryParseYuanToFen` but throws a ValidationError naming `field`. */
export function parseYuanToFen(text: unknown, field = 'amount'): Fen {
  const fen = tryParseYuanToFen(text);
  if (fen === undefined) throw ValidationError.of(field, `金额须为${DECIMAL_FORMAT_HINT}`);
  return fen;
}

/** 4162000 → `'41620.00'`, always with two decimals. */
export function formatFenAsYuan(fen: Fen): string {
  return formatHundredths(fen);
}
