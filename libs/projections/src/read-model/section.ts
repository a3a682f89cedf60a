// 社区责任 the section from its counters: the ONE place that turns the running totals of
// section-totals.ts into a CommunityResponsibilitySection. Both paths hand it their counters: the
// SQL path (postgres/section-sql.ts) selects those of the year and scope in one statement, the
// in-memory path (totals.ts, for `asOf`) accumulates the same contributions itself. Which counters
// count for the year, the donations' scope rule, distinct members, ordering and money formatting
// are decided here and nowhere else.
import { formatFenAsYuan, formatHundredths, VOLUNTEER_PROGRAMS } from '@tracker/domain';
import type { TimeBasis } from '@tracker/domain';
import type { CampaignTotals, CommunityResponsibilitySection, ProgramTotals } from './section.types';
import type { DistinctMetric, DonationMetric, SumMetric } from './section-totals';
import { OPEN_ENDED_METRICS } from './section-totals';

/** A counter summed over the units selected. */
export interface SumCounter {
  readonly year: number;
  readonly metric: SumMetric;
  readonly subject: string;
  readonly amount: number;
}

/** The members of a distinct set held by the units selected (a value may repeat). */
export interface MemberCounter {
  readonly year: number;
  readonly metric: DistinctMetric;
  readonly subject: string;
  readonly values: readonly string[];
}

/**
 * The distinct sets the section only counts, each on its own and within its own year (never an
 * open-ended one): a path may hand over their size instead of their members, since counting the
 * distinct values is the same rule wherever it runs. The others are listed (街道, service items) or
 * joined with another set before counting (partners, with the open-ended agreements' of earlier years).
 */
export const COUNTED_ONLY_METRICS = ['activity.site', 'program.site', 'exam.exam', 'exam.site', 'booth.booth'] as const satisfies readonly DistinctMetric[];
export type CountedOnlyMetric = (typeof COUNTED_ONLY_METRICS)[number];

/** How many distinct members a counted-only set has over the units selected (each value once). */
export interface MemberCount {
  readonly year: number;
  readonly metric: CountedOnlyMetric;
  readonly subject: string;
  readonly count: number;
}

/** One donating union's counters of a campaign, in scope or not (the section applies the scope rule). */
export interface DonationCounter {
  readonly unionId: string;
  readonly unionInScope: boolean;
  /** Its donations that count, their amount and their donors. */
  readonly count: number;
  readonly amountFen: number;
  readonly donors: number;
}

/** The field of a union's DonationCounter that each donation metric adds up in. */
export const DONATION_COUNTER_FIELDS = {
  'donation.count': 'count',
  'donation.amount_fen': 'amountFen',
  'donation.donors': 'donors',
} as const satisfies Record<DonationMetric, keyof DonationCounter>;

/** 爱心一日捐 campaign with the counters of every union that gave to it, in scope or not. */
export interface CampaignCounters {
  readonly campaignId: string;
  readonly name: string;
  readonly year: number;
  readonly launchedOn: string;
  /** A voided campaign is not listed (its donations were voided with it). */
  readonly voided: boolean;
  readonly organizerInScope: boolean;
  readonly donations: readonly DonationCounter[];
}

/**
 * The counters a section is made of. A path may hand over counters of years that do not count
 * (they are left out here), but it selects the units: the counters of the units in scope, summed
 * over them, or those of the whole company without a scope.
 */
export interface SectionCounters {
  readonly sums: readonly SumCounter[];
  /** Members as values, or, for a counted-only set, as its size: one or the other per set. */
  readonly members: readonly (MemberCounter | MemberCount)[];
  readonly campaigns: readonly CampaignCounters[];
}

/** Code-unit order, the same on every path (SQL returns distinct values unsorted). */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Program order of the API enum; unknown programs (from a newer writer) go last, alphabetically. */
function sortPrograms<T extends { readonly program: string }>(items: T[]): T[] {
  const rank = (p: string) => {
    const i = (VOLUNTEER_PROGRAMS as readonly string[]).indexOf(p);
    return i < 0 ? VOLUNTEER_PROGRAMS.length : i;
  };
  return items.sort((a, b) => rank(a.program) - rank(b.program) || compareText(a.program, b.program));
}

/** Whether a counter of `counterYear` counts in the section of `year`: in its own year; an open-ended agreement's also in every later one. */
export const countsInYear = (year: number, counterYear: number, metric: SumMetric | DistinctMetric): boolean =>
  counterYear === year || (counterYear < year && OPEN_ENDED_METRICS.has(metric));

/** The section of `year` from its counters. */
export function sectionFromCounters(year: number, { sums, members, campaigns }: SectionCounters): CommunityResponsibilitySection {
  const counts = (counter: { readonly year: number; readonly metric: SumMetric | DistinctMetric }) => countsInYear(year, counter.year, counter.metric);
  const total = (metric: SumMetric, subject = '') => {
    let amount = 0;
    for (const c of sums) if (c.metric === metric && c.subject === subject && counts(c)) amount += c.amount;
    return amount;
  };
  // A value counts once however many records and units hold it.
  const distinct = (metrics: readonly DistinctMetric[], subject = '') => {
    const values = new Set<string>();
    for (const c of members) {
      if (!metrics.includes(c.metric) || c.subject !== subject || !counts(c)) continue;
      if ('count' in c) throw new Error(`the members of ${c.metric} are needed, not their count`);
      for (const value of c.values) values.add(value);
    }
    return values;
  };
  const sorted = (metric: DistinctMetric, subject = '') => [...distinct([metric], subject)].sort(compareText);
  // A counted-only set: its members' number, from its values or the count a path made of them.
  const size = (metric: CountedOnlyMetric, subject = '') => {
    const values = new Set<string>();
    let counted: number | undefined;
    for (const c of members) {
      if (c.metric !== metric || c.subject !== subject || !counts(c)) continue;
      if (!('count' in c)) for (const value of c.values) values.add(value);
      else if (counted === undefined) counted = c.count;
      else throw new Error(`two counts of the members of ${metric}`); // counts of one set do not add up
    }
    if (counted !== undefined && values.size > 0) throw new Error(`the members of ${metric} came both as values and as a count`);
    return counted ?? values.size;
  };

  const programs = new Set(sums.filter((c) => c.metric === 'program.count' && counts(c)).map((c) => c.subject));
  const byProgram: ProgramTotals[] = sortPrograms(
    [...programs]
      .map((program) => ({
        program,
        count: total('program.count', program),
        personTimes: total('program.person_times', program),
        sites: size('program.site', program),
        subdistricts: sorted('program.subdistrict', program),
        serviceItems: sorted('program.service_item', program),
      }))
      .filter((p) => p.count > 0),
  );

  // A donation counts when its union OR its campaign's organizer is in scope; a campaign is
  // listed when its organizer is in scope or at least one of its donations counts.
  const listed: CampaignTotals[] = [];
  let donatedFen = 0;
  const ofTheYear = campaigns.filter((c) => c.year === year && !c.voided).sort((a, b) => compareText(a.launchedOn, b.launchedOn) || compareText(a.campaignId, b.campaignId));
  for (const campaign of ofTheYear) {
    const counted = campaign.donations.filter((d) => campaign.organizerInScope || d.unionInScope);
    const unions = new Set(counted.filter((d) => d.count > 0).map((d) => d.unionId));
    if (!campaign.organizerInScope && unions.size === 0) continue;
    const sum = (field: 'amountFen' | 'donors') => counted.reduce((t, d) => t + d[field], 0);
    const amountFen = sum('amountFen');
    donatedFen += amountFen;
    listed.push({ campaignId: campaign.campaignId, name: campaign.name, amount: formatFenAsYuan(amountFen), donorCount: sum('donors'), unionCount: unions.size });
  }

  const reliefFen = total('relief.amount_fen');
  const hoursIn = (basis: TimeBasis) => formatHundredths(total('activity.hours_by_basis', basis));
  return {
    year,
    charity: {
      relief: { personTimes: total('relief.person_times'), amount: formatFenAsYuan(reliefFen) },
      campaigns: listed,
      donatedTotal: formatFenAsYuan(donatedFen),
    },
    volunteering: {
      activities: {
        count: total('activity.count'),
        personTimes: total('activity.person_times'),
        volunteerHours: formatHundredths(total('activity.hours_hundredths')),
        sites: size('activity.site'),
        subdistricts: sorted('activity.subdistrict'),
        serviceItems: sorted('activity.service_item'),
        beneficiaries: total('activity.beneficiaries'),
        charitySalesCount: total('activity.sales_count'),
        charitySalesAmount: formatFenAsYuan(total('activity.sales_fen')),
        byProgram,
      },
      agreements: {
        signed: total('agreement.signed'),
        active: total('agreement.active') + total('agreement.open_since'),
        partners: distinct(['agreement.partner', 'agreement.open_partner']).size,
      },
      examSentinel: { exams: size('exam.exam'), sites: size('exam.site'), supports: total('exam.supports') },
      booths: {
        booths: size('booth.booth'),
        sessions: total('booth.sessions'),
        peopleServed: total('booth.people_served'),
        volunteerPersonTimes: total('booth.volunteers'),
      },
    },
    b4si: {
      companyTimeHours: hoursIn('WORKING_HOURS'),
      ownTimeHours: hoursIn('OWN_TIME'),
      employeeGiving: formatFenAsYuan(donatedFen),
      unionRelief: formatFenAsYuan(reliefFen),
    },
  };
}
