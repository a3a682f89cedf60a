// The editions' property (docs/design.md §16): random histories are told in two goes around a
// published edition. The edition, published through its decider from the section and the log
// position the read model answers, keeps its figures and report whatever follows (corrections,
// voids, moves between years and units, renames, a rebuild); and its adjustments are exactly the
// events after it that change the year's totals in its scope, by the independent recount
// (testing/recount.ts) of every prefix of the history.
import { isDeepStrictEqual } from 'node:util';
import type { DomainEvent, SectionPublished } from '@tracker/domain';
import { initialSectionEditionState, sectionEditionDecider, streamIdFor, toTrackerEvent } from '@tracker/domain';
import type { AllPosition } from '@tracker/event-store';
import { formatPosition, START_OF_LOG } from '@tracker/event-store';
import fc from 'fast-check';
import { renderCommunityResponsibilityReport } from './report/community-responsibility-report';
import type { Harness } from './testing/harness';
import { openHarness } from './testing/harness';
import type { Op } from './testing/recount';
import { history, op, recount, YEARS } from './testing/recount';
import { newId, streamOf, toNewEvent } from './testing/test-events';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h.close());

/** Every event of every run: a company-wide section counts them all. */
const allEvents: DomainEvent[] = [];

/** Appends each event to its stream, one by one, and answers the position each got. */
async function appendEach(events: readonly DomainEvent[]): Promise<AllPosition[]> {
  const positions: AllPosition[] = [];
  for (const event of events) {
    const { lastPosition } = await h.store.appendToStream(streamOf(event), [toNewEvent(event)], { expectedVersion: 'any' });
    positions.push(lastPosition);
  }
  return positions;
}

/**
 * Two histories always run first, one for each answer: 2024's edition, company-wide, followed by
 * events of 2024 (adjusted), and by events of 2022 only (untouched). Random histories leave an
 * edition untouched in only a few runs of twenty, so chance alone would sometimes give none.
 */
const BEFORE: Op[] = [
  { k: 'camp', org: 0, year: 2024, launchedOn: '2024-03-01' },
  { k: 'don', target: 0, org: 1, fen: 50000, donors: 5 },
  { k: 'relief', org: 0, date: '2024-04-01', fen: 20000, pt: 2 },
  { k: 'exam', org: 3, name: '春季高考', date: '2024-06-02', site: '甲', sup: 4 },
];
const TOUCHING_2024: Op[] = [
  { k: 'don', target: 0, org: 2, fen: 7000, donors: 1 },
  { k: 'reliefFix', target: 0, grantedOn: undefined, amountFen: 9000, personTimes: undefined },
  { k: 'examVoid', target: 0 },
];
const ONLY_2022: Op[] = [
  { k: 'relief', org: 0, date: '2022-04-01', fen: 20000, pt: 2 },
  { k: 'relief', org: 2, date: '2022-09-03', fen: 1000, pt: 1 },
  { k: 'camp', org: 0, year: 2022, launchedOn: '2022-03-01' },
];

it('an edition never changes, and its adjustments are exactly the later events that change its year in scope', async () => {
  let adjusted = 0;
  let untouched = 0;
  await fc.assert(
    fc.asyncProperty(
      fc.array(op, { minLength: 10, maxLength: 30, size: 'max' }),
      fc.array(op, { minLength: 5, maxLength: 30, size: 'max' }),
      fc.constantFrom(...YEARS),
      fc.nat(4),
      fc.boolean(),
      async (before, after, year, scopeIndex, rebuild) => {
        const story = history();
        const { R, A, A1, B } = story.units;
        const scopeUnit = [undefined, R, A, A1, B][scopeIndex];
        const scope = scopeUnit === undefined ? undefined : [scopeUnit];

        const told = [...story.tree, ...story.take(before)];
        allEvents.push(...told);
        const toldAt = await appendEach(told);
        await h.projector().catchUp(toldAt.at(-1));

        // Publish what the read model answers, where it stands.
        const { section, position, lastEvent } = await h.queries.sectionAt(year, scope);
        expect(section).toEqual(recount(allEvents, year, scope));
        const report = renderCommunityResponsibilityReport(section);
        const published = sectionEditionDecider.decide(
          {
            type: 'PublishSection',
            data: {
              year,
              ...(scopeUnit === undefined ? {} : { orgUnitId: scopeUnit, orgUnit: { id: scopeUnit, kind: 'BUREAU', path: ['局'], retired: false } }),
              position: formatPosition(position),
              ...(lastEvent === undefined ? {} : { lastEvent }),
              section: JSON.parse(JSON.stringify(section)) as SectionPublished['data']['section'],
              report,
              publishedAt: new Date().toISOString(),
              publishedBy: 'li.hua',
              publisherName: '李华',
            },
          },
          initialSectionEditionState(),
        );
        const editionStream = streamIdFor('sectionedition', newId());
        await h.store.appendToStream(editionStream, published.map((event) => toNewEvent(event)), { expectedVersion: 0 });

        // What follows, and which of it changes the year in scope, by recounting every prefix.
        const later = story.take(after);
        const expected: number[] = [];
        let standing = recount(allEvents, year, scope);
        for (const [index, event] of later.entries()) {
          allEvents.push(event);
          const now = recount(allEvents, year, scope);
          if (!isDeepStrictEqual(now, standing)) expected.push(index);
          standing = now;
        }
        const laterAt = await appendEach(later);
        await h.projector().catchUp(laterAt.at(-1));
        if (rebuild) await h.projector({ rebuildBatchSize: 11 }).rebuild();

        // From the event the edition pins, found again in the log, as after a restore.
        const adjustments = await h.queries.adjustments(year, scope, { position, ...(lastEvent === undefined ? {} : { lastEvent }) });
        expect(adjustments.map((event) => formatPosition(event.position))).toEqual(expected.map((index) => formatPosition(laterAt[index] as AllPosition)));
        if (expected.length > 0) adjusted += 1;
        else untouched += 1;

        // The edition as its stream keeps it: the figures and the text as published.
        const [stored] = await h.store.readStream(editionStream);
        const edition = stored && toTrackerEvent(stored);
        expect(edition?.type).toBe('SectionPublished');
        if (edition?.type !== 'SectionPublished') return;
        expect(edition.data.section).toEqual(section);
        expect(edition.data.report).toBe(report);
        expect(edition.data.position).toBe(formatPosition(position));
        // The event it pins is the one at its position.
        expect(edition.data.lastEvent).toEqual(lastEvent);
        expect(lastEvent && (await h.queries.positionNow({ position: START_OF_LOG, lastEvent }))).toEqual(position);
        // The live section moved on exactly as the recount did.
        expect((await h.queries.sectionAt(year, scope)).section).toEqual(standing);
      },
    ),
    {
      numRuns: 20,
      examples: [
        [BEFORE, TOUCHING_2024, 2024, 0, false],
        [BEFORE, ONLY_2022, 2024, 0, true],
      ],
    },
  );
  // The histories exercised both answers (the two fixed ones, one each, at the least).
  expect(adjusted).toBeGreaterThan(3);
  expect(untouched).toBeGreaterThan(0);
  // Twenty histories, some rebuilt, on a machine shared with other test runs.
}, 180_000);
