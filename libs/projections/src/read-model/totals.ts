// Pure totals over in-memory rows: the `asOf` path, and the reference the SQL queries are tested
// against. Every rule here has twins: section-totals.ts (what a row adds to the running totals),
// postgres/section-sql.ts (how a section reads them) and migration 2's backfill SQL; keep them in step.
import { formatFenAsYuan, formatHundredths, VOLUNTEER_PROGRAMS } from '@tracker/domain';
import type { DonationRow, ReadModelRows } from './rows';
import type { CampaignTotals, CommunityResponsibilitySection, ProgramTotals } from './section.types';

/** Code-unit order, the same in both paths (SQL returns distinct values unsorted; we sort in JS). */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Program order of the API enum; unknown programs (from a newer writer) go last, alphabetically. */
export function sortPrograms<T extends { readonly program: string }>(items: T[]): T[] {
  const rank = (p: string) => {
    const i = (VOLUNTEER_PROGRAMS as readonly string[]).indexOf(p);
    return i < 0 ? VOLUNTEER_PROGRAMS.length : i;
  };
  return items.sort((a, b) => rank(a.program) - rank(b.program) || compareText(a.program, b.program));
}

/**
 * The org units in scope: the given ids (known or not) and all their descendants. Undefined
 * means "no filter".
 */
export function scopeOf(rows: ReadModelRows, orgUnitIds: readonly string[] | undefined): ReadonlySet<string> | undefined {
  if (orgUnitIds === undefined) return undefined;
  const children = new Map<string, string[]>();
  for (const unit of rows.orgUnits.values()) {
    if (unit.parentId === null) continue;
    const list = children.get(unit.parentId) ?? [];
    list.push(unit.id);
    children.set(unit.parentId, list);
  }
  const scope = new Set<string>();
  const queue = [...orgUnitIds];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (scope.has(id)) continue;
    scope.add(id);
    queue.push(...(children.get(id) ?? []));
  }
  return scope;
}

export function isAgreementRowActive(row: { signedOn: string; validUntil: string | null; terminatedOn: string | null }, year: number): boolean {
  const ends = [row.validUntil, row.terminatedOn].filter((d): d is string => d !== null).sort()[0];
  return row.signedOn <= `${year}-12-31` && (ends === undefined || ends >= `${year}-01-01`);
}

const sum = (values: Iterable<number>): number => {
  let total = 0;
  for (const v of values) total += v;
  return total;
};

/**
 * The section for `year` from rows holding current state. Campaign scope rule: a donation counts
 * when its own union OR its campaign's organizer is in scope; a campaign is listed when its
 * organizer is in scope or at least one of its donations counts.
 */
export function totalsFromRows(rows: ReadModelRows, year: number, orgUnitIds?: readonly string[]): CommunityResponsibilitySection {
  const scope = scopeOf(rows, orgUnitIds);
  const inScope = (id: string) => scope === undefined || scope.has(id);

  const grants = [...rows.reliefGrants.values()].filter((g) => !g.voided && g.year === year && inScope(g.unionId));

  const campaigns: CampaignTotals[] = [];
  const sortedCampaigns = [...rows.campaigns.values()]
    .filter((c) => c.year === year)
    .sort((a, b) => compareText(a.launchedOn, b.launchedOn) || compareText(a.id, b.id));
  let donatedFen = 0;
  const donationsOf = new Map<string, DonationRow[]>();
  for (const d of rows.donations.values()) {
    const list = donationsOf.get(d.campaignId);
    if (list) list.push(d);
    else donationsOf.set(d.campaignId, [d]);
  }
  for (const c of sortedCampaigns) {
    const donations = (donationsOf.get(c.id) ?? []).filter((d) => inScope(c.organizerId) || inScope(d.unionId));
    if (!inScope(c.organizerId) && donations.length === 0) continue;
    const amountFen = sum(donations.map((d) => d.amountFen));
    donatedFen += amountFen;
    campaigns.push({
      campaignId: c.id,
      name: c.name,
      amount: formatFenAsYuan(amountFen),
      donorCount: sum(donations.map((d) => d.donorCount)),
      unionCount: new Set(donations.map((d) => d.unionId)).size,
    });
  }

  const acts = [...rows.activities.values()].filter((a) => !a.voided && a.year === year && inScope(a.organizerId));
  const programs = new Map<string, typeof acts>();
  for (const a of acts) {
    const list = programs.get(a.program);
    if (list) list.push(a);
    else programs.set(a.program, [a]);
  }
  const byProgram: ProgramTotals[] = sortPrograms(
    [...programs].map(([program, list]) => ({
      program,
      count: list.length,
      personTimes: sum(list.map((a) => a.personTimes)),
      sites: new Set(list.map((a) => a.site)).size,
    })),
  );

  const agreements = [...rows.agreements.values()].filter((a) => inScope(a.branchId));
  const active = agreements.filter((a) => isAgreementRowActive(a, year));

  const shifts = [...rows.examShifts.values()].filter((s) => !s.voided && s.year === year && inScope(s.organizerId));

  const sessions = [...rows.boothSessions.values()].filter((s) => {
    const booth = rows.booths.get(s.boothId);
    return !s.voided && s.year === year && booth !== undefined && inScope(booth.hostId);
  });

  return {
    year,
    charity: {
      relief: { personTimes: sum(grants.map((g) => g.personTimes)), amount: formatFenAsYuan(sum(grants.map((g) => g.amountFen))) },
      campaigns,
      donatedTotal: formatFenAsYuan(donatedFen),
    },
    volunteering: {
      activities: {
        count: acts.length,
        personTimes: sum(acts.map((a) => a.personTimes)),
        volunteerHours: formatHundredths(sum(acts.map((a) => a.volunteerHoursHundredths ?? 0))),
        sites: new Set(acts.map((a) => a.site)).size,
        subdistricts: [...new Set(acts.flatMap((a) => (a.subdistrict === null ? [] : [a.subdistrict])))].sort(compareText),
        serviceItems: [...new Set(acts.flatMap((a) => a.serviceItems))].sort(compareText),
        beneficiaries: sum(acts.map((a) => a.beneficiaries ?? 0)),
        charitySalesCount: sum(acts.map((a) => a.charitySalesTransactions ?? 0)),
        charitySalesAmount: formatFenAsYuan(sum(acts.map((a) => a.charitySalesAmountFen ?? 0))),
        byProgram,
      },
      agreements: {
        signed: agreements.filter((a) => a.signedOn.startsWith(`${year}-`)).length,
        active: active.length,
        partners: new Set(active.flatMap((a) => a.partnerNames)).size,
      },
      examSentinel: {
        exams: new Set(shifts.map((s) => JSON.stringify([s.examName, s.examDate]))).size,
        sites: new Set(shifts.map((s) => s.site)).size,
        supports: sum(shifts.map((s) => s.supporters)),
      },
      booths: {
        booths: new Set(sessions.map((s) => s.boothId)).size,
        sessions: sessions.length,
        peopleServed: sum(sessions.map((s) => s.peopleServed)),
        volunteerPersonTimes: sum(sessions.map((s) => s.volunteers)),
      },
    },
  };
}
