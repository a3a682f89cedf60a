// The section's counters from the running totals the projector keeps (read-model/section-totals.ts),
// in ONE statement: one round trip and one snapshot, reading a few hundred summary rows whatever
// the number of records. It only selects the counters of the year and scope; read-model/section.ts
// turns them into the section, as it does for the in-memory path of `asOf`.
import type { EntityManager } from 'typeorm';
import type { CampaignCounters, DonationCounter, MemberCounter, SectionCounters, SumCounter } from '../read-model/section';
import type { SumMetric } from '../read-model/section-totals';
import { COMPANY_WIDE, OPEN_ENDED_METRICS } from '../read-model/section-totals';
import { INCOMPLETE_STREAM_INDEX_YEAR } from './migrations';

const n = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));

interface CampaignRow {
  readonly id: string;
  readonly name: string;
  readonly launched_on: string;
  readonly organizer_in_scope: boolean;
  readonly union_id: string | null;
  readonly union_in_scope: boolean | null;
  readonly metric: SumMetric | null;
  readonly amount: string | number | null;
}

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
    campaigns AS (
      SELECT c.id, c.name, c.launched_on, ${inScope('c.organizer_id')} AS organizer_in_scope,
        t.unit_id AS union_id, ${inScope('t.unit_id')} AS union_in_scope, t.metric, t.amount
      FROM ${s}.donation_campaigns c
      LEFT JOIN ${s}.section_sums t ON t.year = $1 AND t.subject = c.id AND t.metric LIKE 'donation.%'
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
    sums: (Omit<SumCounter, 'amount'> & { amount: string | number })[];
    members: MemberCounter[];
    campaigns: CampaignRow[];
    incomplete: boolean;
  }[];
  if (!result) throw new Error('the section statement returned no row');
  if (result.incomplete) return undefined;

  const campaigns = new Map<string, CampaignCounters & { donations: DonationCounter[] }>();
  for (const row of result.campaigns) {
    const campaign = campaigns.get(row.id) ?? { campaignId: row.id, name: row.name, year, launchedOn: row.launched_on, organizerInScope: row.organizer_in_scope, donations: [] };
    // A campaign without donations comes as one row without a union (the LEFT JOIN).
    if (row.union_id !== null && row.metric !== null) campaign.donations.push({ unionId: row.union_id, unionInScope: row.union_in_scope === true, metric: row.metric, amount: n(row.amount) });
    campaigns.set(row.id, campaign);
  }
  return { sums: result.sums.map((c) => ({ ...c, amount: n(c.amount) })), members: result.members, campaigns: [...campaigns.values()] };
}
