// The section's running totals, kept by the projector so that a section query reads a few
// hundred summary rows instead of aggregating a whole year of records (DESIGN §11: p99 ≤ 20 ms at
// 1M events). Each row of the read model CONTRIBUTES to the totals of its (year, org unit):
// sums (counts, 人次, amounts) and members of distinct sets (sites, 街道, service items, exams…).
// A batch subtracts the contribution of every row it touches as it was before the batch and adds
// the contribution as it is after, so the totals always equal aggregates over the rows; the
// recount property test checks that against an independent recount.
//
// Every counter is kept twice: under the record's own unit, and under COMPANY_WIDE (the sum over
// units, added by TotalsDelta), so a section without a scope reads the company's counters
// directly instead of merging every unit's.
import { yearOf } from '@tracker/domain';
import type { ReadModelRows, RowTypes, TableName } from './rows';

/** The unit id of the company-wide counters (never an org unit's id: those are UUIDs). */
export const COMPANY_WIDE = '*';

/** A counter of the totals: `subject` is '' or the program / campaign the metric is about. */
export interface SumKey {
  readonly year: number;
  readonly unitId: string;
  readonly metric: SumMetric;
  readonly subject: string;
}

/** A member of a distinct set, reference-counted by the rows holding it. */
export interface DistinctKey {
  readonly year: number;
  readonly unitId: string;
  readonly metric: DistinctMetric;
  readonly subject: string;
  readonly value: string;
}

export type SumMetric =
  | 'activity.count'
  | 'activity.person_times'
  | 'activity.hours_hundredths'
  | 'activity.beneficiaries'
  | 'activity.sales_count'
  | 'activity.sales_fen'
  | 'program.count'
  | 'program.person_times'
  | 'relief.person_times'
  | 'relief.amount_fen'
  | 'donation.count'
  | 'donation.amount_fen'
  | 'donation.donors'
  | 'exam.supports'
  | 'booth.sessions'
  | 'booth.people_served'
  | 'booth.volunteers'
  // 党建翼联: signed in the year; active in each year of a closed term [signed, ended]; an
  // agreement with no end yet counts once, in `agreement.open_since` under its signing year, and
  // a section adds those of every year up to its own.
  | 'agreement.signed'
  | 'agreement.active'
  | 'agreement.open_since';

export type DistinctMetric =
  | 'activity.site'
  | 'activity.subdistrict'
  | 'activity.service_item'
  | 'program.site'
  | 'exam.exam'
  | 'exam.site'
  | 'booth.booth'
  | 'agreement.partner'
  | 'agreement.open_partner';

/** Year a stream must be read for, when `asOf` folds one year: every year the stream's record was ever in, or ANY_YEAR. */
export const ANY_YEAR = 0;

interface Contribution {
  readonly sums: [SumKey, number][];
  readonly distinct: DistinctKey[];
}

const NOTHING: Contribution = { sums: [], distinct: [] };

/** What one row (as it stands) adds to the totals. Booth sessions and donations look up their booth / campaign in `rows`. */
export function contributionOf<T extends TableName>(table: T, row: RowTypes[T], rows: ReadModelRows): Contribution {
  const sums: [SumKey, number][] = [];
  const distinct: DistinctKey[] = [];
  const sum = (year: number, unitId: string, metric: SumMetric, amount: number, subject = '') => {
    if (amount !== 0) sums.push([{ year, unitId, metric, subject }, amount]);
  };
  const member = (year: number, unitId: string, metric: DistinctMetric, value: string, subject = '') => distinct.push({ year, unitId, metric, subject, value });

  switch (table) {
    case 'activities': {
      const a = row as RowTypes['activities'];
      if (a.voided) return NOTHING;
      sum(a.year, a.organizerId, 'activity.count', 1);
      sum(a.year, a.organizerId, 'activity.person_times', a.personTimes);
      sum(a.year, a.organizerId, 'activity.hours_hundredths', a.volunteerHoursHundredths ?? 0);
      sum(a.year, a.organizerId, 'activity.beneficiaries', a.beneficiaries ?? 0);
      sum(a.year, a.organizerId, 'activity.sales_count', a.charitySalesTransactions ?? 0);
      sum(a.year, a.organizerId, 'activity.sales_fen', a.charitySalesAmountFen ?? 0);
      sum(a.year, a.organizerId, 'program.count', 1, a.program);
      sum(a.year, a.organizerId, 'program.person_times', a.personTimes, a.program);
      member(a.year, a.organizerId, 'activity.site', a.site);
      member(a.year, a.organizerId, 'program.site', a.site, a.program);
      if (a.subdistrict !== null) member(a.year, a.organizerId, 'activity.subdistrict', a.subdistrict);
      for (const item of new Set(a.serviceItems)) member(a.year, a.organizerId, 'activity.service_item', item);
      return { sums, distinct };
    }
    case 'reliefGrants': {
      const g = row as RowTypes['reliefGrants'];
      if (g.voided) return NOTHING;
      sum(g.year, g.unionId, 'relief.person_times', g.personTimes);
      sum(g.year, g.unionId, 'relief.amount_fen', g.amountFen);
      return { sums, distinct };
    }
    case 'donations': {
      // Counted under the DONATING union, per campaign: the section adds the campaign organizer's
      // scope rule at query time (a donation counts when its union OR its campaign's organizer is in scope).
      const d = row as RowTypes['donations'];
      const campaign = rows.campaigns.get(d.campaignId);
      if (campaign === undefined) return NOTHING;
      sum(campaign.year, d.unionId, 'donation.count', 1, d.campaignId);
      sum(campaign.year, d.unionId, 'donation.amount_fen', d.amountFen, d.campaignId);
      sum(campaign.year, d.unionId, 'donation.donors', d.donorCount, d.campaignId);
      return { sums, distinct };
    }
    case 'examShifts': {
      const s = row as RowTypes['examShifts'];
      if (s.voided) return NOTHING;
      sum(s.year, s.organizerId, 'exam.supports', s.supporters);
      // The date is fixed-width, so 'date|name' names one exam unambiguously.
      member(s.year, s.organizerId, 'exam.exam', `${s.examDate}|${s.examName}`);
      member(s.year, s.organizerId, 'exam.site', s.site);
      return { sums, distinct };
    }
    case 'boothSessions': {
      const s = row as RowTypes['boothSessions'];
      const booth = rows.booths.get(s.boothId);
      if (s.voided || booth === undefined) return NOTHING;
      sum(s.year, booth.hostId, 'booth.sessions', 1);
      sum(s.year, booth.hostId, 'booth.people_served', s.peopleServed);
      sum(s.year, booth.hostId, 'booth.volunteers', s.volunteers);
      member(s.year, booth.hostId, 'booth.booth', s.boothId);
      return { sums, distinct };
    }
    case 'agreements': {
      const g = row as RowTypes['agreements'];
      const signed = yearOf(g.signedOn);
      sum(signed, g.branchId, 'agreement.signed', 1);
      const ends = [g.validUntil, g.terminatedOn].filter((d): d is string => d !== null).sort()[0];
      if (ends === undefined) {
        sum(signed, g.branchId, 'agreement.open_since', 1);
        for (const partner of new Set(g.partnerNames)) member(signed, g.branchId, 'agreement.open_partner', partner);
      } else {
        // Active in year Y when signed on/before Y-12-31 and not ended before Y-01-01 (see isAgreementRowActive).
        for (let year = signed; year <= yearOf(ends); year += 1) {
          sum(year, g.branchId, 'agreement.active', 1);
          for (const partner of new Set(g.partnerNames)) member(year, g.branchId, 'agreement.partner', partner);
        }
      }
      return { sums, distinct };
    }
    default:
      // Org units, campaigns and booths add nothing by themselves.
      return NOTHING;
  }
}

/** The year(s) `asOf` must read a row's stream for (see ANY_YEAR); none for a booth without sessions. */
export function yearsOf<T extends TableName>(table: T, row: RowTypes[T], rows: ReadModelRows): number[] {
  switch (table) {
    case 'activities':
    case 'reliefGrants':
    case 'examShifts':
    case 'boothSessions':
    case 'campaigns':
      return [(row as { year: number }).year];
    case 'donations': {
      const campaign = rows.campaigns.get((row as RowTypes['donations']).campaignId);
      return campaign === undefined ? [] : [campaign.year];
    }
    case 'orgUnits':
    case 'agreements':
      return [ANY_YEAR];
    default:
      return [];
  }
}

// Map keys. Only the LAST field (a member's value) is free text; the fields before it are a number,
// ids and fixed names that never hold the separator, so two different keys never join to one
// string. (Cheaper than JSON.stringify, which was a tenth of a rebuild's CPU.)
const SEP = '\u0001';
const sumId = (k: SumKey) => k.year + SEP + k.unitId + SEP + k.metric + SEP + k.subject;
const distinctId = (k: DistinctKey) => k.year + SEP + k.unitId + SEP + k.metric + SEP + k.subject + SEP + k.value;

/** The change a batch makes to the totals: amounts and reference counts to add (negative to remove). Zero changes are dropped. */
export class TotalsDelta {
  private readonly sums = new Map<string, { key: SumKey; amount: number }>();
  private readonly distinct = new Map<string, { key: DistinctKey; refs: number }>();

  add(contribution: Contribution, sign: 1 | -1): void {
    for (const [key, amount] of contribution.sums) {
      const id = sumId(key);
      const entry = this.sums.get(id);
      if (entry) entry.amount += sign * amount;
      else this.sums.set(id, { key, amount: sign * amount });
    }
    for (const key of contribution.distinct) {
      const id = distinctId(key);
      const entry = this.distinct.get(id);
      if (entry) entry.refs += sign;
      else this.distinct.set(id, { key, refs: sign });
    }
  }

  /** The changes of the units' counters, followed by those of the COMPANY_WIDE counters (their sums). */
  sumChanges(): { key: SumKey; amount: number }[] {
    const company = new Map<string, { key: SumKey; amount: number }>();
    for (const { key, amount } of this.sums.values()) {
      // Donations stay per union only: their scope rule needs the union (see section-sql.ts).
      if (key.metric.startsWith('donation.')) continue;
      const companyKey = { ...key, unitId: COMPANY_WIDE };
      const id = sumId(companyKey);
      const entry = company.get(id);
      if (entry) entry.amount += amount;
      else company.set(id, { key: companyKey, amount });
    }
    return [...this.sums.values(), ...company.values()].filter((e) => e.amount !== 0);
  }

  /** Likewise for the distinct sets: a company-wide member is held by the rows of every unit. */
  distinctChanges(): { key: DistinctKey; refs: number }[] {
    const company = new Map<string, { key: DistinctKey; refs: number }>();
    for (const { key, refs } of this.distinct.values()) {
      const companyKey = { ...key, unitId: COMPANY_WIDE };
      const id = distinctId(companyKey);
      const entry = company.get(id);
      if (entry) entry.refs += refs;
      else company.set(id, { key: companyKey, refs });
    }
    return [...this.distinct.values(), ...company.values()].filter((e) => e.refs !== 0);
  }
}
