// 组织 org units are referenced by other aggregates through a snapshot the app resolves from the
// OrgChart when the command arrives: the path is kept in the event so reports show the names
// *as they were that day*, even after a later rename.
import { NotFoundError } from './errors';
import type { FieldChecks } from './validation';

export const ORG_UNIT_KINDS = [
  'BUREAU',
  'DEPARTMENT',
  'PARTY_BRANCH',
  'LEAGUE_BRANCH',
  'UNION',
  'SUB_BUREAU',
  'SERVICE_HALL',
  'STUDIO',
] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

/** What the app read from the OrgChart for one org unit id. */
export interface OrgUnitSnapshot {
  readonly id: string;
  readonly kind: OrgUnitKind;
  /** Names from the root down to the unit, e.g. ['南区局', '康健支局']. */
  readonly path: readonly string[];
  readonly retired: boolean;
}

/**
 * Checks a referenced org unit. Unknown (no snapshot, or a snapshot of another id) throws
 * NotFoundError at once; retired or wrong-kind units are field issues. Returns the path to store.
 */
export function checkOrgUnitRef(
  checks: FieldChecks,
  field: string,
  id: string,
  snapshot: OrgUnitSnapshot | undefined | null,
  opts: { label: string; kind?: OrgUnitKind },
): string[] {
  if (!snapshot || snapshot.id !== id) throw new NotFoundError(`${opts.label} ${id} is not a registered org unit`);
  if (snapshot.retired) checks.add(field, `${opts.label} "${snapshot.path.join(' / ')}" has been retired and cannot be used for new records`);
  if (opts.kind !== undefined && snapshot.kind !== opts.kind) {
    checks.add(field, `${opts.label} must be a ${opts.kind} org unit, but "${snapshot.path.join(' / ')}" is a ${snapshot.kind}`);
  }
  if (snapshot.path.length === 0) checks.add(field, `${opts.label} has no name path; please ask an administrator`);
  return [...snapshot.path];
}
