// An edition's id says which it is (README, Published editions): "2023-all-v1" for the whole
// company, "2023-<org unit id>-v2" for a unit. The edition page reads its year and scope from it,
// so a link to an edition works on its own.

export interface EditionAddress {
  readonly year: number;
  /** Undefined for the whole company. */
  readonly orgUnitId: string | undefined;
  readonly version: number;
}

const EDITION_ID = /^(\d{4})-(.+)-v(\d+)$/;

export function parseEditionId(id: string): EditionAddress | null {
  const match = EDITION_ID.exec(id);
  if (!match) return null;
  const [, year = '', scope = '', version = ''] = match;
  return { year: Number(year), orgUnitId: scope === 'all' ? undefined : scope, version: Number(version) };
}

export function editionPath(id: string): string {
  return `/report/editions/${encodeURIComponent(id)}`;
}
