// The one form a ledger search compares (docs/design.md §14): a record's searchable texts and the
// words searched for both go through `searchKey`, so case, full-width letters and stray spaces
// never decide whether a record is found.

/** Unicode NFKC (full-width → half-width), whitespace collapsed, lower case. */
export const searchKey = (text: string): string => text.normalize('NFKC').replace(/\s+/gu, ' ').trim().toLowerCase();

/** A record's searchable texts as one key, one text per line, so that no search matches across two of them. */
export const searchTextOf = (...texts: readonly (string | null | undefined)[]): string =>
  texts
    .filter((text): text is string => typeof text === 'string')
    .map(searchKey)
    .filter((key) => key !== '')
    .join('\n');
