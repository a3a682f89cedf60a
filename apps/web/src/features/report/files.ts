// The addresses of the compiler's files (docs/design.md §15), in one place.

function query(params: Record<string, string | undefined>): string {
  const kept = Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return kept.length === 0 ? '' : `?${new URLSearchParams(kept).toString()}`;
}

/** The live section as Word, or an edition's with `editionId`. */
export function sectionDocxUrl(year: number, orgUnitId?: string, editionId?: string): string {
  return `/files/section/${year}.docx${query({ orgUnitId, edition: editionId })}`;
}

export function ledgersXlsxUrl(year: number, orgUnitId?: string): string {
  return `/files/ledgers/${year}.xlsx${query({ orgUnitId })}`;
}
