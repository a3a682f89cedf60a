// The names already used for 街道, sites, exam sites and service items, most used first, from the
// running totals (read-model/section-totals.ts): their distinct members are canonical, and each
// one's refs is how many records hold it, so the counting is done already. 街道 named by booths
// come from the booth rows, which have no counter of their own.
import type { EntityManager } from 'typeorm';
import type { NameSuggestions } from '../read-model/name-suggestions';
import { COMPANY_WIDE } from '../read-model/section-totals';
import type { DistinctMetric } from '../read-model/section-totals';

/** Which list each counted metric feeds. */
const SUGGESTED: { readonly [K in keyof NameSuggestions]: readonly DistinctMetric[] } = {
  subdistricts: ['activity.subdistrict'],
  sites: ['activity.site'],
  examSites: ['exam.site'],
  serviceItems: ['activity.service_item'],
};

const kindOf = (metric: DistinctMetric): keyof NameSuggestions | undefined =>
  (Object.keys(SUGGESTED) as (keyof NameSuggestions)[]).find((kind) => SUGGESTED[kind].includes(metric));

/** $1 = org unit ids (text[]) or NULL for the whole company, $2 = how many of each kind. `s` is the quoted generation schema. */
function statement(s: string): string {
  const metrics = Object.values(SUGGESTED)
    .flat()
    .map((metric) => `'${metric}'`)
    .join(', ');
  return `WITH RECURSIVE scope(id) AS (
      SELECT unnest($1::text[])
      UNION
      SELECT o.id FROM ${s}.org_units o JOIN scope ON o.parent_id = scope.id
    ),
    used AS (
      SELECT metric AS kind, value, refs AS uses FROM ${s}.section_distinct
      WHERE metric IN (${metrics})
        AND (CASE WHEN $1::text[] IS NULL THEN unit_id = '${COMPANY_WIDE}' ELSE unit_id IN (SELECT id FROM scope) END)
      UNION ALL
      SELECT 'activity.subdistrict', subdistrict, 1 FROM ${s}.booths
      WHERE $1::text[] IS NULL OR host_id IN (SELECT id FROM scope)
    ),
    ranked AS (
      SELECT kind, value, sum(uses) AS uses, row_number() OVER (PARTITION BY kind ORDER BY sum(uses) DESC, value COLLATE "C") AS rank
      FROM used GROUP BY kind, value
    )
    SELECT kind, value FROM ranked WHERE rank <= $2 ORDER BY kind, rank`;
}

const statements = new Map<string, string>();

/** The suggestions of generation schema `schema` (unquoted) for units and their descendants (undefined: the whole company). */
export async function nameSuggestionsFromSql(manager: EntityManager, schema: string, orgUnitIds: readonly string[] | undefined, limit: number): Promise<NameSuggestions> {
  const s = `"${schema}"`;
  let sql = statements.get(s);
  if (sql === undefined) {
    sql = statement(s);
    statements.set(s, sql);
  }
  const rows = (await manager.query(sql, [orgUnitIds === undefined ? null : [...orgUnitIds], limit])) as { kind: DistinctMetric; value: string }[];
  const suggestions: { [K in keyof NameSuggestions]: string[] } = { subdistricts: [], sites: [], examSites: [], serviceItems: [] };
  for (const { kind, value } of rows) {
    const list = kindOf(kind);
    if (list !== undefined) suggestions[list].push(value);
  }
  return suggestions;
}
