// 组织 org units named in a spreadsheet: by name (网络部工会) or, where the name alone is ambiguous,
// by path (南区局/网络部/网络部工会, or its tail 网络部/网络部工会). Whether the unit found may be used
// (retired, of the right kind, in the caller's scope) is for the decider and the access check.
import type { OrgChartState } from '../org-chart/org-chart.decider';
import { orgUnitPath, orgUnitsOf } from '../org-chart/org-chart.decider';
import type { OrgUnitKind } from '../shared/org-unit-ref';
import { type Parsed, cellProblem, parsedValue, textCell } from './cell-parsers';
import type { SheetCell } from './sheet-cell';

interface IndexedUnit {
  readonly id: string;
  readonly kind: OrgUnitKind;
  readonly retired: boolean;
  readonly path: readonly string[];
}

export interface OrgUnitLookup {
  /** The unit a cell names; `kind` prefers units of that kind when a name is shared. */
  find(cell: SheetCell, label: string, kind?: OrgUnitKind): Parsed<string | undefined>;
}

export const ORG_UNIT_PATH_HINT = '南区局/网络部/网络部工会';

/** An index of the chart's paths, built once per file: a sheet of 10,000 rows names a few dozen units. */
export function orgUnitLookup(chart: OrgChartState): OrgUnitLookup {
  const units: IndexedUnit[] = orgUnitsOf(chart).map((unit) => ({ id: unit.id, kind: unit.kind, retired: unit.retired, path: orgUnitPath(chart, unit.id) }));
  const answers = new Map<string, Parsed<string>>();
  return {
    find(cell, label, kind) {
      const text = textCell(cell, label);
      if (!text.ok || text.value === undefined) return text;
      const key = `${kind ?? ''}\u0000${label}\u0000${text.value}`;
      let answer = answers.get(key);
      if (!answer) {
        answer = resolve(units, text.value, label, kind);
        answers.set(key, answer);
      }
      return answer;
    },
  };
}

function resolve(units: readonly IndexedUnit[], written: string, label: string, kind: OrgUnitKind | undefined): Parsed<string> {
  const segments = written
    .normalize('NFKC')
    .split('/')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const matching = units.filter((unit) => endsWith(unit.path, segments));
  // A shared name is settled by what the column expects (a union), then by units still in use.
  const preferred = narrow(narrow(matching, (u) => kind === undefined || u.kind === kind), (u) => !u.retired);
  const [only, ...others] = preferred;
  if (only && others.length === 0) return parsedValue(only.id);
  if (!only) return cellProblem(`找不到${label}“${written}”：请填写系统中登记的组织名称，重名时写完整路径，例如 ${ORG_UNIT_PATH_HINT}`);
  const candidates = preferred.map((u) => u.path.join('/'));
  return cellProblem(`${label}“${written}”有 ${candidates.length} 个同名组织：${candidates.join('、')}，请改写为其中一个的完整路径`);
}

const endsWith = (path: readonly string[], segments: readonly string[]): boolean =>
  segments.length > 0 && segments.length <= path.length && segments.every((segment, i) => path[path.length - segments.length + i] === segment);

/** The units that pass `keep`, unless none do: then all of them, so that the decider can say why. */
function narrow(units: readonly IndexedUnit[], keep: (unit: IndexedUnit) => boolean): readonly IndexedUnit[] {
  const kept = units.filter(keep);
  return kept.length > 0 ? kept : units;
}
