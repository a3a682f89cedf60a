// What was recorded after an edition that changes its figures: the events after the edition's
// position whose application changes the section of its year and scope. Decided by the totals'
// one home, never by a list of event types: the rows are folded up to the position, then each later
// event moves its row's contribution out and in (section-totals.ts) and the section is made again
// from the counters (section.ts) whenever anything that counts for the year moved.
import type { RecordedEvent } from '@tracker/event-store';
import { comparePositions } from '@tracker/event-store';
import type { AllPosition } from '@tracker/event-store';
import { sameData } from '@tracker/domain';
import { applyEvent, rowKeysFor } from './apply-event';
import { domainEventOf, eventMetaOf } from './recorded-event';
import { emptyRows, rowOf } from './rows';
import { sectionFromCounters } from './section';
import { inScopeOf, ScopedSectionCounters, scopeOf } from './totals';

export interface AdjustmentsQuery {
  readonly year: number;
  /** The edition's scope (those units and their descendants); undefined: the whole company. */
  readonly orgUnitIds?: readonly string[];
  /** The edition's position: events at or before it are in its figures. */
  readonly after: AllPosition;
}

/**
 * The events of `events` (in log order; every event of the streams the year needs) recorded after
 * `after` that change the section of `year` in scope, oldest first.
 */
export function adjustmentsAmong(events: readonly RecordedEvent[], { year, orgUnitIds, after }: AdjustmentsQuery): RecordedEvent[] {
  const rows = emptyRows();
  let scope = scopeOf(rows, orgUnitIds);
  const counters = new ScopedSectionCounters(year, (unitId) => inScopeOf(scope)(unitId));
  let standing: ReturnType<typeof sectionFromCounters> | undefined;
  const adjustments: RecordedEvent[] = [];
  for (const event of events) {
    const domain = domainEventOf(event);
    if (domain === undefined) continue;
    if (comparePositions(event.position, after) <= 0) {
      applyEvent(rows, domain, eventMetaOf(event));
      continue;
    }
    if (standing === undefined) {
      // The figures as of the edition: every row folded so far, counted once.
      scope = scopeOf(rows, orgUnitIds);
      for (const table of Object.keys(rows) as (keyof typeof rows)[]) for (const id of rows[table].keys()) {
        const entry = rowOf(rows, table, id);
        if (entry) counters.add(entry, rows, 1);
      }
      standing = sectionFromCounters(year, counters.counters(rows));
    }
    const written = rowKeysFor(domain).at(-1);
    const before = written && rowOf(rows, written.table, written.id);
    const key = applyEvent(rows, domain, eventMetaOf(event));
    if (key === undefined) continue;
    const now = rowOf(rows, key.table, key.id);
    // A new org unit under the scope joins it (units never move: it holds no record yet).
    if (key.table === 'orgUnits') scope = scopeOf(rows, orgUnitIds);
    let moved = false;
    if (before) moved = counters.add(before, rows, -1) || moved;
    if (now) moved = counters.add(now, rows, 1) || moved;
    // A campaign of the year is listed in the section even before its first donation.
    if (now?.table === 'campaigns' && now.row.year === year) moved = true;
    if (!moved) continue;
    const section = sectionFromCounters(year, counters.counters(rows));
    if (!sameData(section, standing)) adjustments.push(event);
    standing = section;
  }
  return adjustments;
}
