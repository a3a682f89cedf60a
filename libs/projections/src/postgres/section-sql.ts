// The section's counters from the running totals the projector keeps (read-model/section-totals.ts),
// in ONE statement: one round trip and one snapshot, reading a few hundred summary rows whatever
// the number of records. It only selects the counters of the year and scope; read-model/section.ts
// turns them into the section, as it does for the in-memory path of `asOf`.
import type { EntityManager } from 'typeorm';
import type { CampaignCounters, MemberCounter, SectionCounters, SumCounter } from '../read-model/section';
import { COMPANY_WIDE, OPEN_ENDED_METRICS } from '../read-model/section-totals';
import { INCOMPLETE_STREAM_INDEX_YEAR } from './migrations';

/**
 * $1 = year, $2 = org unit ids (text[]) or NULL for "no filter". `scope` holds the given ids and
 * all their descendants. `s` is the quoted schema of the generation to read.
 */
function sectionStatement(s: string): string {
  const inScope = (column: string) => `($2::text[] IS NULL OR ${column} IN (SELECT id FROM scope))`;
  // Counters: the company-wide ones without a scope, else those of the units in scope.
  const counters = `(CASE WHEN $2::text[] IS NULL THEN unit_id = '${COMPANY_WIDE}' ELSE unit_id IN (SELECT id FROM scope) END)`;
  // The year's counters, and the earlier years' of the open-ended metrics (section.ts counts them).
  const openEnded = [...OPEN_ENDED_METRICS].map((metric) => `'${metric}'`).join(', ');
  const years = `(year = $1 OR (year < $1 AND metric IN (${openEnded})))`;
  return `WITH RECURSIVE scope(id) AS (
      SELECT unnest($2::text[])
      UNION
      SELECT o.id FROM ${s}.org_units o JOIN scope ON o.parent_id = scope.id
    ),
    sums AS (
      SELECT year, metric, subject, sum(amount) AS amount FROM ${s}.section_sums
      WHERE ${years} AND metric NOT LIKE 'donation.%' AND ${counters}
      GROUP BY year, metric, subject
    ),
    members AS (
      -- DISTINCT (hashed) across the units in scope first, so that each member travels once.
      SELECT year, metric, subject, array_agg(value) AS "values" FROM (
        SELECT DISTINCT year, metric, subject, value FROM ${s}.section_distinct
        WHERE ${years} AND ${counters}
      ) held
      GROUP BY year, metric, subject
    ),
    -- Each campaign of the year once, its donation counters (per donating union) nested in it.
    donations AS (
      SELECT subject AS campaign_id,
        json_agg(json_build_object('unionId', unit_id, 'unionInScope', ${inScope('unit_id')}, 'metric', metric, 'amount', amount)) AS donations
      FROM ${s}.section_sums
      WHERE year = $1 AND metric LIKE 'donation.%'
      GROUP BY subject
    ),
    campaigns AS (
      SELECT c.id AS "campaignId", c.name, c.year, c.launched_on AS "launchedOn", c.voided, ${inScope('c.organizer_id')} AS "organizerInScope",
        coalesce(d.donations, '[]') AS donations
      FROM ${s}.donation_campaigns c LEFT JOIN donations d ON d.campaign_id = c.id
      WHERE c.year = $1
    )
    SELECT (SELECT coalesce(json_agg(sums), '[]') FROM sums) AS sums,
      (SELECT coalesce(json_agg(members), '[]') FROM members) AS members,
      (SELECT coalesce(json_agg(campaigns), '[]') FROM campaigns) AS campaigns,
      EXISTS (SELECT 1 FROM ${s}.stream_years WHERE year = ${INCOMPLETE_STREAM_INDEX_YEAR}) AS incomplete`;
}

const statements = new Map<string, string>();

/**
 * The counters of `year` in generation schema `schema` (unquoted), optionally limited to units and
 * their descendants; undefined when the generation predates the running totals (see
 * INCOMPLETE_STREAM_INDEX_YEAR), whose counters would be incomplete.
 */
export async function sectionCountersFromSql(manager: EntityManager, schema: string, year: number, orgUnitIds?: readonly string[]): Promise<SectionCounters | undefined> {
  const s = `"${schema}"`;
  let sql = statements.get(s);
  if (sql === undefined) {
    sql = sectionStatement(s);
    statements.set(s, sql);
  }
  const [result] = (await manager.query(sql, [year, orgUnitIds === undefined ? null : [...orgUnitIds]])) as {
    sums: SumCounter[];
    members: MemberCounter[];
    campaigns: CampaignCounters[];
    incomplete: boolean;
  }[];
  if (!result) throw new Error('the section statement returned no row');
  return result.incomplete ? undefined : { sums: result.sums, members: result.members, campaigns: result.campaigns };
}
