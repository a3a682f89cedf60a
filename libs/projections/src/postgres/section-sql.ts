// The section from the running totals the projector keeps (read-model/section-totals.ts), in ONE
// statement: one round trip and one snapshot, reading a few hundred summary rows whatever the
// number of records. Each rule mirrors read-model/totals.ts (the in-memory twin used by `asOf`);
// the recount property test checks both against an independent recount.
import { formatFenAsYuan, formatHundredths } from '@tracker/domain';
import type { EntityManager } from 'typeorm';
import type { CampaignTotals, CommunityResponsibilitySection, ProgramTotals } from '../read-model/section.types';
import type { DistinctMetric, SumMetric } from '../read-model/section-totals';
import { COMPANY_WIDE } from '../read-model/section-totals';
import { compareText, sortPrograms } from '../read-model/totals';

const n = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));

interface SumRow {
  readonly metric: SumMetric;
  readonly subject: string;
  readonly amount: string | number;
}
interface MemberCountRow {
  readonly metric: DistinctMetric;
  readonly subject: string;
  readonly members: number;
}
interface ListedRow {
  readonly metric: DistinctMetric;
  readonly value: string;
}
interface CampaignRow {
  readonly id: string;
  readonly name: string;
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
  return `WITH RECURSIVE scope(id) AS (
      SELECT unnest($2::text[])
      UNION
      SELECT o.id FROM ${s}.org_units o JOIN scope ON o.parent_id = scope.id
    ),
    sums AS (
      SELECT metric, subject, sum(amount) AS amount FROM ${s}.section_sums
      WHERE year = $1 AND metric NOT LIKE 'donation.%' AND ${counters}
      GROUP BY metric, subject
    ),
    member_counts AS (
      -- DISTINCT then count (hashed) rather than count(DISTINCT …), which sorts every member.
      SELECT metric, subject, count(*) AS members FROM (
        SELECT DISTINCT metric, subject, value FROM ${s}.section_distinct
        WHERE year = $1 AND metric NOT LIKE 'agreement.%' AND ${counters}
      ) held
      GROUP BY metric, subject
    ),
    -- The only sets the section lists by name (街道 and service items); the others it counts.
    listed AS (
      SELECT DISTINCT metric, value FROM ${s}.section_distinct
      WHERE year = $1 AND metric IN ('activity.subdistrict', 'activity.service_item') AND ${counters}
    ),
    -- Agreements with no end yet, signed in any year up to this one, are active in it too.
    open_agreements AS (
      SELECT coalesce(sum(amount), 0) AS active FROM ${s}.section_sums
      WHERE metric = 'agreement.open_since' AND year <= $1 AND ${counters}
    ),
    partners AS (
      SELECT count(*) AS partners FROM (
        SELECT DISTINCT value FROM ${s}.section_distinct
        WHERE ((metric = 'agreement.partner' AND year = $1) OR (metric = 'agreement.open_partner' AND year <= $1)) AND ${counters}
      ) partner
    ),
    campaigns AS (
      SELECT c.id, c.name, c.launched_on, ${inScope('c.organizer_id')} AS organizer_in_scope,
        t.unit_id AS union_id, ${inScope('t.unit_id')} AS union_in_scope, t.metric, t.amount
      FROM ${s}.donation_campaigns c
      LEFT JOIN ${s}.section_sums t ON t.year = $1 AND t.subject = c.id AND t.metric LIKE 'donation.%'
      WHERE c.year = $1
    )
    SELECT (SELECT coalesce(json_agg(sums), '[]') FROM sums) AS sums,
      (SELECT coalesce(json_agg(member_counts), '[]') FROM member_counts) AS member_counts,
      (SELECT coalesce(json_agg(listed), '[]') FROM listed) AS listed,
      (SELECT coalesce(json_agg(campaigns ORDER BY launched_on COLLATE "C", id COLLATE "C"), '[]') FROM campaigns) AS campaigns,
      (SELECT active FROM open_agreements) AS open_agreements,
      (SELECT partners FROM partners) AS partners`;
}

const statements = new Map<string, string>();

/** The section for `year` from generation schema `schema` (unquoted), optionally limited to units and their descendants. */
export async function sectionFromSql(manager: EntityManager, schema: string, year: number, orgUnitIds?: readonly string[]): Promise<CommunityResponsibilitySection> {
  const s = `"${schema}"`;
  let sql = statements.get(s);
  if (sql === undefined) {
    sql = sectionStatement(s);
    statements.set(s, sql);
  }
  const [result] = (await manager.query(sql, [year, orgUnitIds === undefined ? null : [...orgUnitIds]])) as {
    sums: SumRow[];
    member_counts: MemberCountRow[];
    listed: ListedRow[];
    campaigns: CampaignRow[];
    open_agreements: string | number;
    partners: string | number;
  }[];
  if (!result) throw new Error('the section statement returned no row');

  const sum = (metric: SumMetric, subject = '') => n(result.sums.find((r) => r.metric === metric && r.subject === subject)?.amount);
  const members = (metric: DistinctMetric, subject = '') => n(result.member_counts.find((r) => r.metric === metric && r.subject === subject)?.members);
  const listed = (metric: DistinctMetric) => result.listed.filter((r) => r.metric === metric).map((r) => r.value);

  const byProgram: ProgramTotals[] = sortPrograms(
    result.sums
      .filter((r) => r.metric === 'program.count' && n(r.amount) > 0)
      .map((r) => ({
        program: r.subject,
        count: n(r.amount),
        personTimes: sum('program.person_times', r.subject),
        sites: members('program.site', r.subject),
      })),
  );

  // Campaign scope rule: a donation counts when its union OR its campaign's organizer is in scope;
  // a campaign is listed when its organizer is in scope or at least one of its donations counts.
  const campaigns: CampaignTotals[] = [];
  let donatedFen = 0;
  const byCampaign = new Map<string, CampaignRow[]>();
  for (const row of result.campaigns) byCampaign.set(row.id, [...(byCampaign.get(row.id) ?? []), row]);
  for (const [campaignId, rows] of byCampaign) {
    const first = rows[0];
    if (!first) continue;
    const counted = rows.filter((r) => r.union_id !== null && (first.organizer_in_scope || r.union_in_scope === true));
    const total = (metric: SumMetric) => counted.filter((r) => r.metric === metric).reduce((t, r) => t + n(r.amount), 0);
    const unions = new Set(counted.filter((r) => r.metric === 'donation.count' && n(r.amount) > 0).map((r) => r.union_id));
    if (!first.organizer_in_scope && unions.size === 0) continue;
    const amountFen = total('donation.amount_fen');
    donatedFen += amountFen;
    campaigns.push({ campaignId, name: first.name, amount: formatFenAsYuan(amountFen), donorCount: total('donation.donors'), unionCount: unions.size });
  }

  return {
    year,
    charity: {
      relief: { personTimes: sum('relief.person_times'), amount: formatFenAsYuan(sum('relief.amount_fen')) },
      campaigns,
      donatedTotal: formatFenAsYuan(donatedFen),
    },
    volunteering: {
      activities: {
        count: sum('activity.count'),
        personTimes: sum('activity.person_times'),
        volunteerHours: formatHundredths(sum('activity.hours_hundredths')),
        sites: members('activity.site'),
        subdistricts: listed('activity.subdistrict').sort(compareText),
        serviceItems: listed('activity.service_item').sort(compareText),
        beneficiaries: sum('activity.beneficiaries'),
        charitySalesCount: sum('activity.sales_count'),
        charitySalesAmount: formatFenAsYuan(sum('activity.sales_fen')),
        byProgram,
      },
      agreements: {
        signed: sum('agreement.signed'),
        active: sum('agreement.active') + n(result.open_agreements),
        partners: n(result.partners),
      },
      examSentinel: { exams: members('exam.exam'), sites: members('exam.site'), supports: sum('exam.supports') },
      booths: {
        booths: members('booth.booth'),
        sessions: sum('booth.sessions'),
        peopleServed: sum('booth.people_served'),
        volunteerPersonTimes: sum('booth.volunteers'),
      },
    },
  };
}
