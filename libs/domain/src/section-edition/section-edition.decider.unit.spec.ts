import { ConflictError, NotFoundError, ValidationError } from '../shared/errors';
import type { OrgUnitSnapshot } from '../shared/org-unit-ref';
import { given, issueOn, uuid } from '../testing/given-when-then';
import type { PublishSection, SectionEditionCommand } from './section-edition.commands';
import { assertPublishableYear, sectionEditionDecider as decider, shanghaiYearOf } from './section-edition.decider';
import type { SectionEditionEvent, SectionPublished } from './section-edition.events';
import { editionIdOf, parseEditionId } from './section-edition.events';

// 版本 editions of 南区局's 2023 section.
const BUREAU = uuid(1);
const bureau: OrgUnitSnapshot = { id: BUREAU, kind: 'BUREAU', path: ['南区局'], retired: false };
const FIGURES = { year: 2023, charity: { relief: { personTimes: 77, amount: '27500.00' } } };
const REPORT = '## 南区局 2023 年度社区责任\n\n…\n';

const publish = (over: Partial<Record<keyof PublishSection['data'], unknown>> = {}): SectionEditionCommand => ({
  type: 'PublishSection',
  data: {
    year: 2023,
    orgUnitId: BUREAU,
    orgUnit: bureau,
    note: '随年度报告发布',
    position: '812:4051',
    section: FIGURES,
    report: REPORT,
    publishedAt: '2024-08-15T02:00:00.000Z',
    publishedBy: 'li.hua',
    publisherName: '李华',
    ...over,
  } as PublishSection['data'],
});

const published = (version: number, over: Partial<SectionPublished['data']> = {}): SectionEditionEvent => ({
  type: 'SectionPublished',
  data: {
    editionId: editionIdOf(2023, BUREAU, version),
    year: 2023,
    orgUnitId: BUREAU,
    orgUnitPath: ['南区局'],
    version,
    position: '812:4051',
    publishedAt: '2024-08-15T02:00:00.000Z',
    publishedBy: 'li.hua',
    publisherName: '李华',
    note: '随年度报告发布',
    section: FIGURES,
    report: REPORT,
    ...over,
  },
});

describe('SectionEdition: PublishSection', () => {
  it('publishes version 1 with the figures, the report text as rendered and who published it', () => given(decider).when(publish()).then([published(1)]));
  it('counts versions up: a later position is edition 2', () =>
    given(decider, [published(1)]).when(publish({ position: '900:5000' })).then([published(2, { position: '900:5000' })]));
  it('a different note is a new edition even at the same position', () =>
    given(decider, [published(1)]).when(publish({ note: '补充说明' })).then([published(2, { note: '补充说明' })]));
  it('is a no-op when repeated: same position, figures, report and note as the newest edition', () => given(decider, [published(1)]).when(publish()).then([]));
  it('keeps the event its figures stand at, which a restore keeps while it numbers positions anew', () => {
    const lastEvent = { streamId: `volunteeractivity-${uuid(7)}`, streamVersion: 3, eventId: uuid(8) };
    return given(decider).when(publish({ lastEvent })).then([published(1, { lastEvent })]);
  });
  it('after a restore, the same event at a new position is nothing new: a repeat adds nothing', () => {
    const lastEvent = { streamId: `volunteeractivity-${uuid(7)}`, streamVersion: 3, eventId: uuid(8) };
    return given(decider, [published(1, { lastEvent })]).when(publish({ position: '3:1270', lastEvent })).then([]);
  });
  it('another event at the same position (another log) is a new edition', () => {
    const before = { streamId: `volunteeractivity-${uuid(7)}`, streamVersion: 3, eventId: uuid(8) };
    const after = { streamId: `reliefgrant-${uuid(9)}`, streamVersion: 1, eventId: uuid(10) };
    return given(decider, [published(1, { lastEvent: before })]).when(publish({ lastEvent: after })).then([published(2, { lastEvent: after })]);
  });
  it('publishes the whole company without an org unit', () => {
    const [event] = given(decider).when(publish({ orgUnitId: undefined, orgUnit: undefined })).events();
    expect(event?.data).toMatchObject({ editionId: '2023-all-v1', version: 1 });
    expect(event?.data).not.toHaveProperty('orgUnitId');
  });
  it('keeps the report byte for byte, its final newline included', () => {
    const [event] = given(decider).when(publish({ report: '  正文\n' })).events();
    expect(event?.data.report).toBe('  正文\n');
  });
  it('publishes a year with nothing in it', () => {
    const empty = { year: 2001, charity: {} };
    const [event] = given(decider).when(publish({ year: 2001, section: empty })).events();
    expect(event?.data).toMatchObject({ year: 2001, editionId: editionIdOf(2001, BUREAU, 1), section: empty });
  });
  it.each([1999, 2026, 2023.5, '2023'])('rejects year %p (2000 up to next year)', (year) => given(decider).when(publish({ year })).thenThrows(ValidationError, issueOn('year')));
  it('accepts next year', () => expect(given(decider).when(publish({ year: 2025, section: { year: 2025 } })).events()[0]?.data.version).toBe(1));
  it('rejects a note longer than 500 characters', () => given(decider).when(publish({ note: '长'.repeat(501) })).thenThrows(ValidationError, issueOn('note')));
  it('rejects an empty report', () => given(decider).when(publish({ report: ' ' })).thenThrows(ValidationError, issueOn('report')));
  it('rejects an unknown org unit', () => given(decider).when(publish({ orgUnit: undefined })).thenThrows(NotFoundError));
  it('rejects figures of another year', () => given(decider).when(publish({ section: { year: 2022 } })).thenThrows(ConflictError));
  it('rejects another scope in the series', () => given(decider, [published(1)]).when(publish({ orgUnitId: undefined, orgUnit: undefined })).thenThrows(ConflictError));
});

describe('edition ids and years', () => {
  it('round-trips an edition id', () => {
    expect(parseEditionId(editionIdOf(2023, BUREAU, 12))).toEqual({ year: 2023, orgUnitId: BUREAU, version: 12 });
    expect(parseEditionId('2023-all-v1')).toEqual({ year: 2023, orgUnitId: undefined, version: 1 });
    expect(parseEditionId('2023-all-v0')).toBeUndefined();
    expect(parseEditionId('2023-ALL-v1')).toBeUndefined();
  });
  it('takes the year in Shanghai: 2023-12-31T16:30Z is already 2024 there', () => {
    expect(shanghaiYearOf('2023-12-31T16:30:00Z')).toBe(2024);
    expect(shanghaiYearOf('2023-12-31T15:30:00Z')).toBe(2023);
    expect(() => assertPublishableYear(2025, '2023-12-31T16:30:00Z')).not.toThrow();
    expect(() => assertPublishableYear(2025, '2023-12-31T15:30:00Z')).toThrow(ValidationError);
  });
});
