// Free text typed by branch secretaries is made CANONICAL before it is stored (docs/design.md §8):
// the report publishes distinct counts (sites, 街道, service items, partners), and invisible or
// look-alike characters (枫林 and 枫林 + a zero-width space, 枫 + a compatibility form of 林) must
// not turn one place into two (issue 12).

/**
 * Characters nobody sees: format characters (category Cf: zero-width space, joiner and non-joiner,
 * word joiner, soft hyphen, BOM, the bidi controls), the other default-ignorable code points
 * (variation selectors, fillers), and control characters other than whitespace. Not NUL, nor a
 * lone surrogate: no store can keep them, and they are refused as such rather than mended.
 */
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]|(?![\t\n\v\f\r\u0085\u0000])\p{Cc}/gu;

/** Any run of whitespace: JavaScript's \s covers NBSP, the ideographic space U+3000 and line breaks. */
const WHITESPACE_RUN = /[\s\u0085]+/gu;

/**
 * The full-width punctuation a Chinese input method types, kept as typed: NFKC would make
 * “发布（2024年8月）” “发布(2024年8月)”, and Chinese prose (a reason, an edition's note, a name the
 * report prints) would read wrong. These are punctuation, not look-alike letters or digits.
 */
const CHINESE_PUNCTUATION = /([！（），：；？［］｛｝～￥])/u;

/** NFKC, except for the full-width punctuation kept as typed (each a starter, so the pieces normalise alone). */
const nfkc = (text: string): string =>
  text
    .split(CHINESE_PUNCTUATION)
    .map((piece, i) => (i % 2 === 1 ? piece : piece.normalize('NFKC')))
    .join('');

/**
 * The canonical form of a text: invisible characters removed, Unicode NFKC (compatibility forms
 * become the character they stand for, full-width Latin and digits become ASCII) but for Chinese
 * punctuation, whitespace runs collapsed to one space, trimmed. Canonical text is its own canonical form.
 */
export function canonicalText(text: string): string {
  // Removing first lets NFKC compose what an invisible character separated; removing again drops
  // what NFKC may have produced, and a second NFKC composes across what that removed.
  const visible = nfkc(nfkc(text.replace(INVISIBLE, '')).replace(INVISIBLE, ''));
  return visible.replace(WHITESPACE_RUN, ' ').trim();
}

/** Canonical text, with text that is empty once canonical (or not text at all) treated as missing. */
export function normalizeText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = canonicalText(value);
  return text === '' ? undefined : text;
}

/** Length in characters as people count them (a Chinese character is one, whatever its UTF-16 size). */
export const textLength = (text: string): number => Array.from(text).length;
