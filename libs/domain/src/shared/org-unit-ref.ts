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

/** What each kind is called in the messages people read. */
export const ORG_UNIT_KIND_NAMES: Readonly<Record<OrgUnitKind, string>> = {
  BUREAU: '区局',
  DEPARTMENT: '部门',
  PARTY_BRANCH: '党支部',
  LEAGUE_BRANCH: '团支部',
  UNION: '工会',
  SUB_BUREAU: '支局',
  SERVICE_HALL: '营业厅',
  STUDIO: '工作室',
};

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
  if (!snapshot || snapshot.id !== id) throw new NotFoundError(`找不到${opts.label}：${id} 不是已登记的组织`);
  if (snapshot.retired) checks.add(field, `${opts.label}“${snapshot.path.join(' / ')}”已撤销，不能再用于新记录`);
  if (opts.kind !== undefined && snapshot.kind !== opts.kind) {
    checks.add(field, `${opts.label}须是${ORG_UNIT_KIND_NAMES[opts.kind]}类的组织，“${snapshot.path.join(' / ')}”是${ORG_UNIT_KIND_NAMES[snapshot.kind]}`);
  }
  if (snapshot.path.length === 0) checks.add(field, `${opts.label}没有名称路径，请联系管理员`);
  return [...snapshot.path];
}
