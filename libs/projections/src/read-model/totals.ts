// The section from in-memory rows: the `asOf` path. It counts the rows through the very
// contribution function the projector keeps its running totals with (section-totals.ts), selects
// the counters as the section's SQL does, and hands them to the one function that makes the
// section (section.ts), so `asOf` and the live totals cannot drift apart.
import type { ReadModelRows } from './rows';
import { allRows } from './rows';
import type { CampaignCounters, DonationCounter, MemberCounter, SectionCounters, SumCounter } from './section';
import { sectionFromCounters } from './section';
import type { CommunityResponsibilitySection } from './section.types';
import { COMPANY_WIDE, TotalsDelta } from './section-totals';

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

/** The counters of every year that the rows hold, selected for `orgUnitIds` (and descendants) as the SQL selects them. */
export function countersFromRows(rows: ReadModelRows, orgUnitIds?: readonly string[]): SectionCounters {
  const totals = new TotalsDelta();
  for (const entry of allRows(rows)) totals.add(entry, rows, 1);
  const scope = scopeOf(rows, orgUnitIds);
  // Without a scope the company-wide counters, else those of the units in scope; a campaign's
  // donations are kept per union only, with whether the union is in scope.
  const selected = (unitId: string) => (scope === undefined ? unitId === COMPANY_WIDE : scope.has(unitId));
  const inScope = (unitId: string) => scope === undefined || scope.has(unitId);

  const sums = new Map<string, SumCounter>();
  const donations = new Map<string, DonationCounter[]>();
  for (const { key, amount } of totals.sumChanges()) {
    if (key.metric.startsWith('donation.')) {
      const list = donations.get(key.subject) ?? [];
      list.push({ unionId: key.unitId, unionInScope: inScope(key.unitId), metric: key.metric, amount });
      donations.set(key.subject, list);
    } else if (selected(key.unitId)) {
      const id = JSON.stringify([key.year, key.metric, key.subject]);
      sums.set(id, { year: key.year, metric: key.metric, subject: key.subject, amount: (sums.get(id)?.amount ?? 0) + amount });
    }
  }
  const members = new Map<string, MemberCounter & { values: string[] }>();
  for (const { key } of totals.distinctChanges()) {
    if (!selected(key.unitId)) continue;
    const id = JSON.stringify([key.year, key.metric, key.subject]);
    const counter = members.get(id) ?? { year: key.year, metric: key.metric, subject: key.subject, values: [] };
    counter.values.push(key.value);
    members.set(id, counter);
  }
  const campaigns: CampaignCounters[] = [...rows.campaigns.values()].map((c) => ({
    campaignId: c.id,
    name: c.name,
    year: c.year,
    launchedOn: c.launchedOn,
    organizerInScope: inScope(c.organizerId),
    donations: donations.get(c.id) ?? [],
  }));
  return { sums: [...sums.values()], members: [...members.values()], campaigns };
}

/**
 * The section for `year` from rows holding current state, optionally limited to `orgUnitIds`
 * and their descendants.
 */
export function totalsFromRows(rows: ReadModelRows, year: number, orgUnitIds?: readonly string[]): CommunityResponsibilitySection {
  return sectionFromCounters(year, countersFromRows(rows, orgUnitIds));
}
