// 街道 subdistricts and 镇 towns: one name each (issue 12). People write 枫林, 枫林街道 or (for a
// town) 华泾镇 for the same entry; the report counts distinct 街道, so all are kept as 枫林 / 华泾.
import { canonicalText } from './text';
import type { FieldChecks } from './validation';

const SUFFIXES = ['街道', '镇'] as const;

/** How long a 街道's name may be, wherever one is written. */
export const SUBDISTRICT_NAME_MAX = 50;

/** The one name of a 街道: canonical text without a trailing 街道 or 镇 (a bare 街道 or 镇 stays as written). */
export function subdistrictName(text: string): string {
  const canonical = canonicalText(text);
  for (const suffix of SUFFIXES) {
    if (canonical.endsWith(suffix)) {
      const name = canonical.slice(0, -suffix.length).trim();
      return name === '' ? canonical : name;
    }
  }
  return canonical;
}

export interface SubdistrictRule {
  /** The 街道 and 镇 the bureau serves, as the ADMIN keeps them (see the subdistrict list); empty: any name is taken. */
  readonly known: readonly string[];
  /** The name the record already has: a correction may keep it even if it has left the list since. */
  readonly current?: string;
}

/** Lists the known names in a message, in the order the ADMIN keeps them. */
export const listOfNames = (names: readonly string[]): string => names.join('、');

/**
 * A 街道 field: canonical, folded to its one name, and, once the bureau keeps a list, one of its
 * entries. Returns undefined when the value is missing and `optional`.
 */
export function checkedSubdistrict(checks: FieldChecks, field: string, value: unknown, rule: SubdistrictRule, opts: { readonly optional: boolean }): string | undefined {
  const labels = { max: SUBDISTRICT_NAME_MAX, label: '街道' };
  const text = opts.optional ? checks.optionalText(field, value, labels) : checks.text(field, value, labels);
  if (text === undefined || text === '') return text;
  const name = subdistrictName(text);
  const current = rule.current === undefined ? undefined : subdistrictName(rule.current);
  if (rule.known.length > 0 && !rule.known.includes(name) && name !== current) {
    checks.add(field, `街道“${name}”不在本局服务的街道名单中，请填写以下之一：${listOfNames(rule.known)}`);
  }
  return name;
}

/**
 * The 街道 a client should offer, at most `limit`: with a list kept, its names, those already used
 * most first; otherwise the names used, most first (`usedMostFirst`, from the records).
 */
export function subdistrictsToOffer(usedMostFirst: readonly string[], known: readonly string[], limit: number): string[] {
  if (known.length === 0) return usedMostFirst.slice(0, limit);
  const used = usedMostFirst.filter((name) => known.includes(name));
  return [...used, ...known.filter((name) => !used.includes(name))].slice(0, limit);
}
