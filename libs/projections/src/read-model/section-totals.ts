// The section's running totals, kept by the projector so that a section query reads a few
// hundred summary rows instead of aggregating a whole year of records (docs/design.md §11: p99 ≤ 20 ms at
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
import type { RowTypes, TableName } from './rows';
import { TABLE_NAMES } from './rows';

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
  // B4SI: the hours by `timeBasis` (subject WORKING_HOURS or OWN_TIME).
  | 'activity.hours_by_basis'
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
  | 'program.subdistrict'
  | 'program.service_item'
  | 'exam.exam'
  | 'exam.site'
  | 'booth.booth'
  | 'agreement.partner'
  | 'agreement.open_partner';

/**
 * Metrics whose counters count in every later year too, not only their own: an agreement with no
 * end yet is counted once, under its signing year, and is active in each year from then on.
 */
export const OPEN_ENDED_METRICS: ReadonlySet<SumMetric | DistinctMetric> = new Set(['agreement.open_since', 'agreement.open_partner']);

/** The counters of 爱心一日捐 donations, per campaign (the subject) and donating union. */
export type DonationMetric = Extract<SumMetric, `donation.${string}`>;

/** Donation counters stay per donating union (no company-wide sum): their scope rule needs the union (see section.ts). */
export const isDonationMetric = (metric: SumMetric): metric is DonationMetric => metric.startsWith('donation.');

/** Year a stream must be read for, when `asOf` folds one year: every year the stream's record was ever in, or ANY_YEAR. */
export const ANY_YEAR = 0;

/**
 * The fields of each table's rows that the totals read: what a row contributes (visitContribution,
 * yearsOf), the scope's tree (scopeOf) and a campaign's listing. The contribution is typed on them,
 * so that it can read nothing else: `asOf` reads only these columns of the rows valid at an instant.
 */
export const COUNTED_FIELDS = {
  orgUnits: ['parentId'],
  activities: [
    'voided',
    'year',
    'organizerId',
    'program',
    'personTimes',
    'volunteerHoursHundredths',
    'timeBasis',
    'beneficiaries',
    'charitySalesTransactions',
    'charitySalesAmountFen',
    'site',
    'subdistrict',
    'serviceItems',
  ],
  agreements: ['branchId', 'signedOn', 'validUntil', 'terminatedOn', 'partnerNames'],
  campaigns: ['name', 'organizerId', 'year', 'launchedOn', 'voided'],
  donations: ['campaignId', 'unionId', 'amountFen', 'donorCount', 'voided'],
  reliefGrants: ['voided', 'year', 'unionId', 'personTimes', 'amountFen'],
  examShifts: ['voided', 'year', 'organizerId', 'examName', 'examDate', 'site', 'supporters'],
  booths: ['hostId'],
  boothSessions: ['boothId', 'voided', 'year', 'volunteers', 'peopleServed'],
} as const satisfies { readonly [T in TableName]: readonly (keyof RowTypes[T])[] };

/** A row as the totals see it: its id and its counted fields. A whole row is one too. */
export type CountedRowTypes = { [T in TableName]: Pick<RowTypes[T], Extract<'id' | (typeof COUNTED_FIELDS)[T][number], keyof RowTypes[T]>> };
/** Rows by table and id, as the totals see them (a `ReadModelRows` is one). */
export type CountedRows = { readonly [T in TableName]: ReadonlyMap<string, CountedRowTypes[T]> };
/** One such row with its table; a `switch` on `table` narrows `row`. */
export type CountedTableRow<T extends TableName = TableName> = { [K in T]: { readonly table: K; readonly row: CountedRowTypes[K] } }[T];

/** Such rows as a reader fills them. */
export type MutableCountedRows = { [T in TableName]: Map<string, CountedRowTypes[T]> };

export const emptyCountedRows = (): MutableCountedRows => ({
  orgUnits: new Map(),
  activities: new Map(),
  agreements: new Map(),
  campaigns: new Map(),
  donations: new Map(),
  reliefGrants: new Map(),
  examShifts: new Map(),
  booths: new Map(),
  boothSessions: new Map(),
});

/** Every row of the set, with its table. */
export function* countedRows(rows: CountedRows): Generator<CountedTableRow> {
  for (const table of TABLE_NAMES) yield* rowsOfTable(rows, table);
}

function* rowsOfTable<T extends TableName>(rows: CountedRows, table: T): Generator<CountedTableRow<T>> {
  for (const row of rows[table].values()) yield { table, row };
}

/** Receives a row's contribution one counter at a time (no arrays: a rebuild visits millions). */
export interface ContributionVisitor {
  sum(year: number, unitId: string, metric: SumMetric, subject: string, amount: number): void;
  member(year: number, unitId: string, metric: DistinctMetric, subject: string, value: string): void;
}

/**
 * What one row (as it stands) adds to the totals: the ONLY place that decides it. The live
 * projector, the rebuild and the in-memory section of `asOf` all count through it. Booth sessions
 * and donations look up their booth / campaign in `rows`.
 */
export function visitContribution(entry: CountedTableRow, rows: CountedRows, visit: ContributionVisitor): void {
  const sum = (year: number, unitId: string, metric: SumMetric, amount: number, subject = '') => {
    if (amount !== 0) visit.sum(year, unitId, metric, subject, amount);
  };
  const member = (year: number, unitId: string, metric: DistinctMetric, value: string, subject = '') => visit.member(year, unitId, metric, subject, value);

  switch (entry.table) {
    case 'activities': {
      const a = entry.row;
      if (a.voided) return;
      sum(a.year, a.organizerId, 'activity.count', 1);
      sum(a.year, a.organizerId, 'activity.person_times', a.personTimes);
      sum(a.year, a.organizerId, 'activity.hours_hundredths', a.volunteerHoursHundredths ?? 0);
      sum(a.year, a.organizerId, 'activity.hours_by_basis', a.volunteerHoursHundredths ?? 0, a.timeBasis);
      sum(a.year, a.organizerId, 'activity.beneficiaries', a.beneficiaries ?? 0);
      sum(a.year, a.organizerId, 'activity.sales_count', a.charitySalesTransactions ?? 0);
      sum(a.year, a.organizerId, 'activity.sales_fen', a.charitySalesAmountFen ?? 0);
      sum(a.year, a.organizerId, 'program.count', 1, a.program);
      sum(a.year, a.organizerId, 'program.person_times', a.personTimes, a.program);
      member(a.year, a.organizerId, 'activity.site', a.site);
      member(a.year, a.organizerId, 'program.site', a.site, a.program);
      if (a.subdistrict !== null) {
        member(a.year, a.organizerId, 'activity.subdistrict', a.subdistrict);
        member(a.year, a.organizerId, 'program.subdistrict', a.subdistrict, a.program);
      }
      for (const item of new Set(a.serviceItems)) {
        member(a.year, a.organizerId, 'activity.service_item', item);
        member(a.year, a.organizerId, 'program.service_item', item, a.program);
      }
      return;
    }
    case 'reliefGrants': {
      const g = entry.row;
      if (g.voided) return;
      sum(g.year, g.unionId, 'relief.person_times', g.personTimes);
      sum(g.year, g.unionId, 'relief.amount_fen', g.amountFen);
      return;
    }
    case 'donations': {
      // Counted under the DONATING union, per campaign: the section adds the campaign organizer's
      // scope rule (a donation counts when its union OR its campaign's organizer is in scope).
      // A voided campaign voids its donations with it, so a donation's own flag says it all.
      const d = entry.row;
      const campaign = rows.campaigns.get(d.campaignId);
      if (d.voided || campaign === undefined) return;
      sum(campaign.year, d.unionId, 'donation.count', 1, d.campaignId);
      sum(campaign.year, d.unionId, 'donation.amount_fen', d.amountFen, d.campaignId);
      sum(campaign.year, d.unionId, 'donation.donors', d.donorCount, d.campaignId);
      return;
    }
    case 'examShifts': {
      const x = entry.row;
      if (x.voided) return;
      sum(x.year, x.organizerId, 'exam.supports', x.supporters);
      // The date is fixed-width, so 'date|name' names one exam unambiguously.
      member(x.year, x.organizerId, 'exam.exam', `${x.examDate}|${x.examName}`);
      member(x.year, x.organizerId, 'exam.site', x.site);
      return;
    }
    case 'boothSessions': {
      const b = entry.row;
      const booth = rows.booths.get(b.boothId);
      if (b.voided || booth === undefined) return;
      sum(b.year, booth.hostId, 'booth.sessions', 1);
      sum(b.year, booth.hostId, 'booth.people_served', b.peopleServed);
      sum(b.year, booth.hostId, 'booth.volunteers', b.volunteers);
      member(b.year, booth.hostId, 'booth.booth', b.boothId);
      return;
    }
    case 'agreements': {
      const g = entry.row;
      const signed = yearOf(g.signedOn);
      sum(signed, g.branchId, 'agreement.signed', 1);
      const ends = [g.validUntil, g.terminatedOn].filter((d): d is string => d !== null).sort()[0];
      if (ends === undefined) {
        // Open-ended: counted once, under its signing year (see OPEN_ENDED_METRICS).
        sum(signed, g.branchId, 'agreement.open_since', 1);
        for (const partner of new Set(g.partnerNames)) member(signed, g.branchId, 'agreement.open_partner', partner);
      } else {
        // Active in year Y when signed on/before Y-12-31 and not ended before Y-01-01 (docs/design.md §3).
        for (let year = signed; year <= yearOf(ends); year += 1) {
          sum(year, g.branchId, 'agreement.active', 1);
          for (const partner of new Set(g.partnerNames)) member(year, g.branchId, 'agreement.partner', partner);
        }
      }
      return;
    }
    case 'orgUnits':
    case 'campaigns':
    case 'booths':
      // They add nothing by themselves.
      return;
    default:
      return assertNever(entry);
  }
}

/** A row's contribution as lists (for tests and readers; the projector visits). */
export function contributionOf(entry: CountedTableRow, rows: CountedRows): { sums: [SumKey, number][]; distinct: DistinctKey[] } {
  const sums: [SumKey, number][] = [];
  const distinct: DistinctKey[] = [];
  visitContribution(entry, rows, {
    sum: (year, unitId, metric, subject, amount) => sums.push([{ year, unitId, metric, subject }, amount]),
    member: (year, unitId, metric, subject, value) => distinct.push({ year, unitId, metric, subject, value }),
  });
  return { sums, distinct };
}

/** The year(s) `asOf` must read a row's stream for (see ANY_YEAR); none for a booth without sessions. */
export function yearsOf(entry: CountedTableRow, rows: CountedRows): number[] {
  switch (entry.table) {
    case 'activities':
    case 'reliefGrants':
    case 'examShifts':
    case 'boothSessions':
    case 'campaigns':
      return [entry.row.year];
    case 'donations': {
      const campaign = rows.campaigns.get(entry.row.campaignId);
      return campaign === undefined ? [] : [campaign.year];
    }
    case 'orgUnits':
    case 'agreements':
      return [ANY_YEAR];
    case 'booths':
      return [];
    default:
      return assertNever(entry);
  }
}

function assertNever(entry: never): never {
  throw new Error(`unknown read-model table in ${JSON.stringify(entry)}`);
}

/** A map of maps, one level per key field: a lookup allocates nothing (a rebuild looks up ~10 million keys). */
type Tree<M extends string, V> = Map<number, Map<string, Map<M, Map<string, V>>>>;

function leaf<M extends string, V>(tree: Tree<M, V>, year: number, unitId: string, metric: M, subject: string, create: () => V): V {
  let units = tree.get(year);
  if (!units) tree.set(year, (units = new Map()));
  let metrics = units.get(unitId);
  if (!metrics) units.set(unitId, (metrics = new Map()));
  let subjects = metrics.get(metric);
  if (!subjects) metrics.set(metric, (subjects = new Map()));
  let value = subjects.get(subject);
  if (value === undefined) subjects.set(subject, (value = create()));
  return value;
}

function* leaves<M extends string, V>(tree: Tree<M, V>): Generator<[number, string, M, string, V]> {
  for (const [year, units] of tree) for (const [unitId, metrics] of units) for (const [metric, subjects] of metrics) for (const [subject, v] of subjects) yield [year, unitId, metric, subject, v];
}

/** The change a batch makes to the totals: amounts and reference counts to add (negative to remove). Zero changes are dropped. */
export class TotalsDelta {
  private readonly sums: Tree<SumMetric, { amount: number }> = new Map();
  private readonly members: Tree<DistinctMetric, Map<string, number>> = new Map();

  add(entry: CountedTableRow, rows: CountedRows, sign: 1 | -1): void {
    visitContribution(entry, rows, {
      sum: (year, unitId, metric, subject, amount) => {
        leaf(this.sums, year, unitId, metric, subject, () => ({ amount: 0 })).amount += sign * amount;
      },
      member: (year, unitId, metric, subject, value) => {
        const values = leaf(this.members, year, unitId, metric, subject, () => new Map<string, number>());
        values.set(value, (values.get(value) ?? 0) + sign);
      },
    });
  }

  /** The changes of the units' counters, followed by those of the COMPANY_WIDE counters (their sums). */
  sumChanges(): { key: SumKey; amount: number }[] {
    const changes: { key: SumKey; amount: number }[] = [];
    const company: Tree<SumMetric, { amount: number }> = new Map();
    for (const [year, unitId, metric, subject, { amount }] of leaves(this.sums)) {
      changes.push({ key: { year, unitId, metric, subject }, amount });
      if (!isDonationMetric(metric)) leaf(company, year, COMPANY_WIDE, metric, subject, () => ({ amount: 0 })).amount += amount;
    }
    for (const [year, unitId, metric, subject, { amount }] of leaves(company)) changes.push({ key: { year, unitId, metric, subject }, amount });
    return changes.filter((c) => c.amount !== 0);
  }

  /** Likewise for the distinct sets: a company-wide member is held by the rows of every unit. */
  distinctChanges(): { key: DistinctKey; refs: number }[] {
    const changes: { key: DistinctKey; refs: number }[] = [];
    const company: Tree<DistinctMetric, Map<string, number>> = new Map();
    for (const [year, unitId, metric, subject, values] of leaves(this.members)) {
      const companyValues = leaf(company, year, COMPANY_WIDE, metric, subject, () => new Map<string, number>());
      for (const [value, refs] of values) {
        changes.push({ key: { year, unitId, metric, subject, value }, refs });
        companyValues.set(value, (companyValues.get(value) ?? 0) + refs);
      }
    }
    for (const [year, unitId, metric, subject, values] of leaves(company)) {
      for (const [value, refs] of values) changes.push({ key: { year, unitId, metric, subject, value }, refs });
    }
    return changes.filter((c) => c.refs !== 0);
  }
}
