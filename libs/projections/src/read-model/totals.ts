// The section from in-memory rows: the `asOf` path. It counts the rows through the very
// contribution function the projector keeps its running totals with (section-totals.ts) and hands
// the counters to the one function that makes the section (section.ts), so `asOf` and the live
// totals cannot drift apart.
import type { CampaignCounters, DonationCounter, SectionCounters } from './section';
import { countsInYear, DONATION_COUNTER_FIELDS, sectionFromCounters } from './section';
import type { CommunityResponsibilitySection } from './section.types';
import type { ContributionVisitor, CountedRows, CountedTableRow, DistinctMetric, SumMetric } from './section-totals';
import { countedRows, isDonationMetric, visitContribution } from './section-totals';

/**
 * The org units in scope: the given ids (known or not) and all their descendants. Undefined
 * means "no filter".
 */
export function scopeOf(rows: CountedRows, orgUnitIds: readonly string[] | undefined): ReadonlySet<string> | undefined {
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

/**
 * The counters of the section of one year over the units in scope, kept as rows come and go: each
 * row's contribution is visited (section-totals.ts) and what counts for the year is kept, members
 * reference-counted so that a row taken out removes only what no other row holds. `countersFromRows`
 * fills one at once; the adjustments of an edition move one row at a time.
 */
export class ScopedSectionCounters {
  // Keyed by year, then metric, then subject, map within map: `asOf` visits a year's ~100k rows
  // and a key string built per visit cost more than the counting (and its garbage, more still).
  private readonly sums = new Map<number, Map<SumMetric, Map<string, { year: number; metric: SumMetric; subject: string; amount: number }>>>();
  private readonly members = new Map<number, Map<DistinctMetric, Map<string, { year: number; metric: DistinctMetric; subject: string; refs: Map<string, number> }>>>();
  // A campaign's donations are kept per union, in scope or not: the section applies their scope rule.
  private readonly donations = new Map<string, Map<string, { -readonly [K in keyof DonationCounter]: DonationCounter[K] }>>();
  // One visitor for every row (not one per call): the sign and the answer of the row being added.
  private sign: 1 | -1 = 1;
  private counted = false;
  private readonly visitor: ContributionVisitor = {
    sum: (y, unitId, metric, subject, amount) => {
      if (!countsInYear(this.year, y, metric)) return;
      if (isDonationMetric(metric)) {
        this.counted = true;
        let unions = this.donations.get(subject);
        if (!unions) this.donations.set(subject, (unions = new Map()));
        let counter = unions.get(unitId);
        if (!counter) unions.set(unitId, (counter = { unionId: unitId, unionInScope: this.inScope(unitId), count: 0, amountFen: 0, donors: 0 }));
        counter[DONATION_COUNTER_FIELDS[metric]] += this.sign * amount;
      } else if (this.inScope(unitId)) {
        this.counted = true;
        const subjects = subjectsOf(this.sums, y, metric);
        const counter = subjects.get(subject);
        if (counter) counter.amount += this.sign * amount;
        else subjects.set(subject, { year: y, metric, subject, amount: this.sign * amount });
      }
    },
    member: (y, unitId, metric, subject, value) => {
      if (!countsInYear(this.year, y, metric) || !this.inScope(unitId)) return;
      this.counted = true;
      const subjects = subjectsOf(this.members, y, metric);
      let counter = subjects.get(subject);
      if (!counter) subjects.set(subject, (counter = { year: y, metric, subject, refs: new Map() }));
      const refs = (counter.refs.get(value) ?? 0) + this.sign;
      if (refs === 0) counter.refs.delete(value);
      else counter.refs.set(value, refs);
    },
  };

  /** `inScope` is asked when a counter is visited; undefined scope: every unit. */
  constructor(
    readonly year: number,
    private readonly inScope: (unitId: string) => boolean,
  ) {}

  /** Adds (sign 1) or takes out (-1) what `entry` contributes; true when any of it counts for the year. */
  add(entry: CountedTableRow, rows: CountedRows, sign: 1 | -1): boolean {
    this.sign = sign;
    this.counted = false;
    visitContribution(entry, rows, this.visitor);
    return this.counted;
  }

  /** The counters as they stand, with the campaigns of `rows` (their names, years and organizers). */
  counters(rows: CountedRows): SectionCounters {
    const campaigns: CampaignCounters[] = [...rows.campaigns.values()].map((c) => ({
      campaignId: c.id,
      name: c.name,
      year: c.year,
      launchedOn: c.launchedOn,
      voided: c.voided,
      organizerInScope: this.inScope(c.organizerId),
      donations: [...(this.donations.get(c.id)?.values() ?? [])].map((d) => ({ ...d })),
    }));
    return {
      sums: [...counterLeaves(this.sums)].map((c) => ({ ...c })),
      members: [...counterLeaves(this.members)].map(({ refs, ...m }) => ({ ...m, values: [...refs.keys()] })),
      campaigns,
    };
  }
}

/** The counters of one year and metric, by subject (created when missing). */
function subjectsOf<M extends string, V>(tree: Map<number, Map<M, Map<string, V>>>, year: number, metric: M): Map<string, V> {
  let metrics = tree.get(year);
  if (!metrics) tree.set(year, (metrics = new Map()));
  let subjects = metrics.get(metric);
  if (!subjects) metrics.set(metric, (subjects = new Map()));
  return subjects;
}

function* counterLeaves<M extends string, V>(tree: Map<number, Map<M, Map<string, V>>>): Generator<V> {
  for (const metrics of tree.values()) for (const subjects of metrics.values()) yield* subjects.values();
}

/** Membership of the units in scope (see scopeOf); undefined scope: every unit. */
export const inScopeOf =
  (scope: ReadonlySet<string> | undefined) =>
  (unitId: string): boolean =>
    scope === undefined || scope.has(unitId);

/**
 * The counters of the section of `year` in the rows, for `orgUnitIds` and their descendants (all
 * units without them): every row's contribution, visited once, keeping what counts for the year.
 */
export function countersFromRows(rows: CountedRows, year: number, orgUnitIds?: readonly string[]): SectionCounters {
  const counters = new ScopedSectionCounters(year, inScopeOf(scopeOf(rows, orgUnitIds)));
  for (const entry of countedRows(rows)) counters.add(entry, rows, 1);
  return counters.counters(rows);
}

/**
 * The section for `year` from rows holding current state (whole rows, or their counted fields
 * alone), optionally limited to `orgUnitIds` and their descendants.
 */
export function totalsFromRows(rows: CountedRows, year: number, orgUnitIds?: readonly string[]): CommunityResponsibilitySection {
  return sectionFromCounters(year, countersFromRows(rows, year, orgUnitIds));
}
