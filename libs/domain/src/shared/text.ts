// Free text typed by branch secretaries: trimmed before it is stored, so that distinct counts
// (sites, subdistricts, partners) are not split by stray spaces.

/** Trim, and treat whitespace-only text as missing. */
export function normalizeText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** Length in characters as people count them (a Chinese character is one, whatever its UTF-16 size). */
export const textLength = (text: string): number => Array.from(text).length;
