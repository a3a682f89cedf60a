// The org chart as a tree, from the flat list `orgUnits` answers (parents before children).
import type { OrgChartQuery } from '../../gql/graphql';

export type OrgUnitRow = OrgChartQuery['orgUnits'][number];

export interface OrgTreeNode {
  readonly unit: OrgUnitRow;
  readonly children: readonly OrgTreeNode[];
}

/** Roots are the units whose parent is not in the list (the bureau, or the top of a person's scope). */
export function orgTree(units: readonly OrgUnitRow[]): OrgTreeNode[] {
  const ids = new Set(units.map((unit) => unit.id));
  const childrenOf = new Map<string | null, OrgUnitRow[]>();
  for (const unit of units) {
    const parent = unit.parentId !== null && unit.parentId !== undefined && ids.has(unit.parentId) ? unit.parentId : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), unit]);
  }
  // `seen` keeps a malformed answer (a loop) from recursing for ever.
  const seen = new Set<string>();
  const build = (parent: string | null): OrgTreeNode[] =>
    (childrenOf.get(parent) ?? []).flatMap((unit) => {
      if (seen.has(unit.id)) return [];
      seen.add(unit.id);
      return [{ unit, children: build(unit.id) }];
    });
  return build(null);
}

/** Units still in use directly under `id`: a unit with any cannot be retired. */
export function liveChildren(units: readonly OrgUnitRow[], id: string): OrgUnitRow[] {
  return units.filter((unit) => unit.parentId === id && !unit.retired);
}

/** Id → name, for showing an account's scope. */
export function namesById(units: readonly OrgUnitRow[]): ReadonlyMap<string, string> {
  return new Map(units.map((unit) => [unit.id, unit.name]));
}
