// The section from in-memory rows: the `asOf` path. It counts the rows through the very
// contribution function the projector keeps its running totals with (section-totals.ts) and hands
// the counters to the one function that makes the section (section.ts), so `asOf` and the live
// totals cannot drift apart.
import type { ReadModelRows } from './rows';
import { allRows } from './rows';
import type { CampaignCounters, DonationCounter, SectionCounters } from './section';
import { countsInYear, sectionFromCounters } from './section';
import type { CommunityResponsibilitySection } from './section.types';
import type { ContributionVisitor, DistinctMetric, SumMetric } from './section-totals';
import { isDonationMetric, visitContribution } from './section-totals';

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

/**
 * The counters of the section of `year` in the rows, for `orgUnitIds` and their descendants (all
 * units without them): every row's contribution, visited once, keeping what counts for the year.
 */
export function countersFromRows(rows: ReadModelRows, year: number, orgUnitIds?: readonly string[]): SectionCounters {
  const scope = scopeOf(rows, orgUnitIds);
  const inScope = (unitId: string) => scope === undefined || scope.has(unitId);
  const sums = new Map<string, { year: number; metric: SumMetric; subject: string; amount: number }>();
  const members = new Map<string, { year: number; metric: DistinctMetric; subject: string; values: Set<string> }>();
  // A campaign's donations are kept per union, in scope or not: the section applies their scope rule.
  const donations = new Map<string, DonationCounter[]>();
  const key = (y: number, metric: string, subject: string) => `${y}\u0000${metric}\u0000${subject}`;
  const visitor: ContributionVisitor = {
    sum(y, unitId, metric, subject, amount) {
      if (!countsInYear(year, y, metric)) return;
      if (isDonationMetric(metric)) {
        const list = donations.get(subject) ?? [];
        list.push({ unionId: unitId, unionInScope: inScope(unitId), metric, amount });
        donations.set(subject, list);
      } else if (inScope(unitId)) {
        const id = key(y, metric, subject);
        const counter = sums.get(id);
        if (counter) counter.amount += amount;
        else sums.set(id, { year: y, metric, subject, amount });
      }
    },
    member(y, unitId, metric, subject, value) {
      if (!countsInYear(year, y, metric) || !inScope(unitId)) return;
      const id = key(y, metric, subject);
      const counter = members.get(id);
      if (counter) counter.values.add(value);
      else members.set(id, { year: y, metric, subject, values: new Set([value]) });
    },
  };
  for (const entry of allRows(rows)) visitContribution(entry, rows, visitor);
  const campaigns: CampaignCounters[] = [...rows.campaigns.values()].map((c) => ({
    campaignId: c.id,
    name: c.name,
    year: c.year,
    launchedOn: c.launchedOn,
    organizerInScope: inScope(c.organizerId),
    donations: donations.get(c.id) ?? [],
  }));
  return { sums: [...sums.values()], members: [...members.values()].map((m) => ({ ...m, values: [...m.values] })), campaigns };
}

/**
 * The section for `year` from rows holding current state, optionally limited to `orgUnitIds`
 * and their descendants.
 */
export function totalsFromRows(rows: ReadModelRows, year: number, orgUnitIds?: readonly string[]): CommunityResponsibilitySection {
  return sectionFromCounters(year, countersFromRows(rows, year, orgUnitIds));
}
