// The section as SQL aggregates over the active generation's rows. Each rule mirrors
// read-model/totals.ts (the in-memory twin); a test checks both give the same totals.
import { formatFenAsYuan, formatHundredths } from '@tracker/domain';
import type { EntityManager } from 'typeorm';
import type { CampaignTotals, CommunityResponsibilitySection, ProgramTotals } from '../read-model/section.types';
import { compareText, sortPrograms } from '../read-model/totals';

// $1 = year, $2 = org unit ids (text[]) or NULL for "no filter". `scope` holds the given ids and
// all their descendants (a recursive CTE over org_units.parent_id).
const SCOPE = `WITH RECURSIVE scope(id) AS (
  SELECT unnest($2::text[])
  UNION
  SELECT o.id FROM org_units o JOIN scope s ON o.parent_id = s.id
)`;
const inScope = (column: string) => `($2::text[] IS NULL OR ${column} IN (SELECT id FROM scope))`;

const n = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));

type Row = Record<string, unknown>;

async function one(manager: EntityManager, sql: string, params: unknown[]): Promise<Row> {
  const rows: Row[] = await manager.query(sql, params);
  return rows[0] ?? {};
}

/** Must run with the generation's schema on the search_path (see queries.ts). */
export async function sectionFromSql(manager: EntityManager, year: number, orgUnitIds?: readonly string[]): Promise<CommunityResponsibilitySection> {
  const params = [year, orgUnitIds === undefined ? null : [...orgUnitIds]];
  const q = (sql: string) => manager.query(sql, params) as Promise<Row[]>;

  const relief = await one(
    manager,
    `${SCOPE} SELECT sum(person_times) AS person_times, sum(amount_fen) AS amount_fen
     FROM relief_grants WHERE NOT voided AND year = $1 AND ${inScope('union_id')}`,
    params,
  );

  const campaignRows = await q(`${SCOPE}
    SELECT c.id, c.name, sum(d.amount_fen) AS amount_fen, sum(d.donor_count) AS donors, count(DISTINCT d.union_id) AS unions
    FROM donation_campaigns c
    LEFT JOIN union_donations d ON d.campaign_id = c.id AND (${inScope('c.organizer_id')} OR ${inScope('d.union_id')})
    WHERE c.year = $1
    GROUP BY c.id, c.name, c.launched_on, c.organizer_id
    HAVING ${inScope('c.organizer_id')} OR count(d.id) > 0
    ORDER BY c.launched_on COLLATE "C", c.id COLLATE "C"`);
  const campaigns: CampaignTotals[] = campaignRows.map((r) => ({
    campaignId: String(r['id']),
    name: String(r['name']),
    amount: formatFenAsYuan(n(r['amount_fen'])),
    donorCount: n(r['donors']),
    unionCount: n(r['unions']),
  }));
  const donatedFen = campaignRows.reduce((total, r) => total + n(r['amount_fen']), 0);

  const activityWhere = `FROM volunteer_activities WHERE NOT voided AND year = $1 AND ${inScope('organizer_id')}`;
  const acts = await one(
    manager,
    `${SCOPE} SELECT count(*) AS count, sum(person_times) AS person_times, sum(volunteer_hours_hundredths) AS hours,
       count(DISTINCT site) AS sites, sum(beneficiaries) AS beneficiaries,
       sum(charity_sales_transactions) AS sales_count, sum(charity_sales_amount_fen) AS sales_fen
     ${activityWhere}`,
    params,
  );
  const subdistricts = (await q(`${SCOPE} SELECT DISTINCT subdistrict AS v ${activityWhere} AND subdistrict IS NOT NULL`)).map((r) => String(r['v']));
  const serviceItems = (await q(`${SCOPE} SELECT DISTINCT unnest(service_items) AS v ${activityWhere}`)).map((r) => String(r['v']));
  const byProgram: ProgramTotals[] = sortPrograms(
    (await q(`${SCOPE} SELECT program, count(*) AS count, sum(person_times) AS person_times, count(DISTINCT site) AS sites ${activityWhere} GROUP BY program`)).map(
      (r) => ({ program: String(r['program']), count: n(r['count']), personTimes: n(r['person_times']), sites: n(r['sites']) }),
    ),
  );

  // Active in year Y: signed on/before Y-12-31 and not ended (earlier of termination and
  // valid-until; least() ignores NULLs) before Y-01-01.
  const active = `(signed_on <= $1::int::text || '-12-31' AND (least(valid_until, terminated_on) IS NULL OR least(valid_until, terminated_on) >= $1::int::text || '-01-01'))`;
  const agreements = await one(
    manager,
    `${SCOPE} SELECT count(*) FILTER (WHERE signed_on LIKE $1::int::text || '-%') AS signed, count(*) FILTER (WHERE ${active}) AS active,
       (SELECT count(DISTINCT p) FROM co_building_agreements, unnest(partner_names) AS p WHERE ${active} AND ${inScope('branch_id')}) AS partners
     FROM co_building_agreements WHERE ${inScope('branch_id')}`,
    params,
  );

  const exams = await one(
    manager,
    `${SCOPE} SELECT count(DISTINCT (exam_name, exam_date)) AS exams, count(DISTINCT site) AS sites, sum(supporters) AS supports
     FROM exam_sentinel_shifts WHERE NOT voided AND year = $1 AND ${inScope('organizer_id')}`,
    params,
  );

  const booths = await one(
    manager,
    `${SCOPE} SELECT count(DISTINCT s.booth_id) AS booths, count(*) AS sessions, sum(s.people_served) AS people, sum(s.volunteers) AS volunteers
     FROM booth_sessions s JOIN booths b ON b.id = s.booth_id
     WHERE NOT s.voided AND s.year = $1 AND ${inScope('b.host_id')}`,
    params,
  );

  return {
    year,
    charity: {
      relief: { personTimes: n(relief['person_times']), amount: formatFenAsYuan(n(relief['amount_fen'])) },
      campaigns,
      donatedTotal: formatFenAsYuan(donatedFen),
    },
    volunteering: {
      activities: {
        count: n(acts['count']),
        personTimes: n(acts['person_times']),
        volunteerHours: formatHundredths(n(acts['hours'])),
        sites: n(acts['sites']),
        subdistricts: subdistricts.sort(compareText),
        serviceItems: serviceItems.sort(compareText),
        beneficiaries: n(acts['beneficiaries']),
        charitySalesCount: n(acts['sales_count']),
        charitySalesAmount: formatFenAsYuan(n(acts['sales_fen'])),
        byProgram,
      },
      agreements: { signed: n(agreements['signed']), active: n(agreements['active']), partners: n(agreements['partners']) },
      examSentinel: { exams: n(exams['exams']), sites: n(exams['sites']), supports: n(exams['supports']) },
      booths: {
        booths: n(booths['booths']),
        sessions: n(booths['sessions']),
        peopleServed: n(booths['people']),
        volunteerPersonTimes: n(booths['volunteers']),
      },
    },
  };
}
