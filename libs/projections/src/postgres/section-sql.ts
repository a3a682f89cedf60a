// The section's counters from the running totals the projector keeps (read-model/section-totals.ts),
// in ONE statement: one round trip and one snapshot, reading a few hundred summary rows whatever
// the number of records. It only selects the counters of the year and scope; read-model/section.ts
// turns them into the section, as it does for the in-memory path of `asOf`.
import type { EntityManager } from 'typeorm';
import type { CampaignCounters, MemberCount, MemberCounter, SectionCounters, SumCounter } from '../read-model/section';
import { COUNTED_ONLY_METRICS, DONATION_COUNTER_FIELDS } from '../read-model/section';
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
  // The year's counters, and the earlier years' of the open-ended metrics (section.ts counts them),
  // as two ranges of the (year, unit, …) key rather than one OR, which no index serves.
  const openEnded = sqlList(OPEN_ENDED_METRICS);
  const counted = sqlList(COUNTED_ONLY_METRICS);
  // A union's donation counters as one object (section.ts DonationCounter): one column per metric.
  const fields = Object.entries(DONATION_COUNTER_FIELDS);
  const donationSums = fields.map(([metric, field]) => `coalesce(sum(amount) FILTER (WHERE metric = '${metric}'), 0) AS "${field}"`).join(', ');
  const donationFields = fields.map(([, field]) => `'${field}', "${field}"`).join(', ');
  const ofYears = (table: string, columns: string, where: string) =>
    `SELECT ${columns} FROM ${s}.${table} WHERE year = $1 AND ${where} AND ${counters}
     UNION ALL SELECT ${columns} FROM ${s}.${table} WHERE year < $1 AND metric IN (${openEnded}) AND ${where} AND ${counters}`;
  return `WITH RECURSIVE scope(id) AS (
      SELECT unnest($2::text[])
      UNION
      SELECT o.id FROM ${s}.org_units o JOIN scope ON o.parent_id = scope.id
    ),
    sums AS (
      SELECT year, metric, subject, sum(amount) AS amount FROM (${ofYears('section_sums', 'year, metric, subject, amount', `metric NOT LIKE 'donation.%'`)}) held
      GROUP BY year, metric, subject
    ),
    members AS (
      -- DISTINCT (hashed) across the units in scope first, so that each member travels once.
      SELECT year, metric, subject, array_agg(value) AS "values" FROM (
        SELECT DISTINCT year, metric, subject, value FROM (${ofYears('section_distinct', 'year, metric, subject, value', `metric NOT IN (${counted})`)}) held
      ) distinct_held
      GROUP BY year, metric, subject
    ),
    -- The sets the section only counts travel as their size (one year each: none is open-ended).
    member_counts AS (
      SELECT year, metric, subject, count(DISTINCT value)::int AS count FROM ${s}.section_distinct
      WHERE year = $1 AND metric IN (${counted}) AND ${counters}
      GROUP BY year, metric, subject
    ),
    -- Each campaign of the year once, with the counters of each union that gave to it nested in it.
    donations AS (
      SELECT campaign_id, json_agg(json_build_object('unionId', unit_id, 'unionInScope', ${inScope('unit_id')}, ${donationFields})) AS donations
      FROM (
        SELECT subject AS campaign_id, unit_id, ${donationSums} FROM ${s}.section_sums
        WHERE year = $1 AND metric LIKE 'donation.%'
        GROUP BY subject, unit_id
      ) per_union
      GROUP BY campaign_id
    ),
    campaigns AS (
      SELECT c.id AS "campaignId", c.name, c.year, c.launched_on AS "launchedOn", c.voided, ${inScope('c.organizer_id')} AS "organizerInScope",
        coalesce(d.donations, '[]') AS donations
      FROM ${s}.donation_campaigns c LEFT JOIN donations d ON d.campaign_id = c.id
      WHERE c.year = $1
    )
    SELECT (SELECT coalesce(json_agg(sums), '[]') FROM sums) AS sums,
      (SELECT coalesce(json_agg(members), '[]') FROM members) AS members,
      (SELECT coalesce(json_agg(member_counts), '[]') FROM member_counts) AS member_counts,
      (SELECT coalesce(json_agg(campaigns), '[]') FROM campaigns) AS campaigns,
      EXISTS (SELECT 1 FROM ${s}.stream_years WHERE year = ${INCOMPLETE_STREAM_INDEX_YEAR}) AS incomplete`;
}

const sqlList = (values: Iterable<string>): string => [...values].map((value) => `'${value}'`).join(', ');

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
    member_counts: MemberCount[];
    campaigns: CampaignCounters[];
    incomplete: boolean;
  }[];
  if (!result) throw new Error('the section statement returned no row');
  return result.incomplete ? undefined : { sums: result.sums, members: [...result.members, ...result.member_counts], campaigns: result.campaigns };
}
