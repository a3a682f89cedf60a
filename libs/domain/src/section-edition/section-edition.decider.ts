// 版本 the editions of one year and scope: one stream per (year, scope), numbered 1, 2, … in the
// order they were published. An edition is never changed or withdrawn; a newer one supersedes it.
import { deciderOf, ignoreEvent } from '../shared/decider';
import { sameData } from '../shared/equality';
import { ConflictError, NotFoundError } from '../shared/errors';
import { textLength } from '../shared/text';
import { FieldChecks, REASON_MAX } from '../shared/validation';
import type { PublishSection, SectionEditionCommand } from './section-edition.commands';
import type { SectionEditionEvent, SectionPublished } from './section-edition.events';
import { editionIdOf } from './section-edition.events';

export const FIRST_EDITION_YEAR = 2000;

/** Report text of the size a section has, with room to spare; a larger one is a bug, not a report. */
const REPORT_MAX = 100_000;

export type SectionEditionState =
  | { readonly status: 'none' }
  | { readonly status: 'published'; readonly latest: SectionPublished['data'] };

export const initialSectionEditionState = (): SectionEditionState => ({ status: 'none' });

export function evolveSectionEdition(state: SectionEditionState, event: SectionEditionEvent): SectionEditionState {
  switch (event.type) {
    case 'SectionPublished':
      return { status: 'published', latest: event.data };
    default:
      return ignoreEvent(event.type, state);
  }
}

/** The Asia/Shanghai year of an instant (UTC+8 all year round, no daylight saving); NaN for no instant. */
export const shanghaiYearOf = (instant: string): number => new Date(Date.parse(instant) + 8 * 3600_000).getUTCFullYear();

/** A year can be published from 2000 up to next year (in Shanghai) at the instant of publishing. */
function checkYear(checks: FieldChecks, year: unknown, publishedAt: string): number {
  const thisYear = shanghaiYearOf(publishedAt);
  if (Number.isNaN(thisYear)) throw new TypeError(`publishedAt is not an instant: ${publishedAt}`);
  return checks.int('year', year, { min: FIRST_EDITION_YEAR, max: thisYear + 1, label: '年份' });
}

/** The year rule alone, for the app to refuse a year before it reads any figures. */
export function assertPublishableYear(year: unknown, publishedAt: string): void {
  const checks = new FieldChecks();
  checkYear(checks, year, publishedAt);
  checks.throwIfAny();
}

/**
 * Whether two readings of the section stand at the same place of the log: at the same event when
 * both name one (a restore numbers positions anew, and keeps events), else at the same position.
 */
function samePlaceInLog(a: Pick<SectionPublished['data'], 'position' | 'lastEvent'>, b: Pick<SectionPublished['data'], 'position' | 'lastEvent'>): boolean {
  return a.lastEvent && b.lastEvent ? a.lastEvent.eventId === b.lastEvent.eventId : a.position === b.position;
}

function publish(command: PublishSection, state: SectionEditionState): SectionEditionEvent[] {
  const d = command.data;
  const checks = new FieldChecks();
  const year = checkYear(checks, d.year, d.publishedAt);
  const orgUnitId = d.orgUnitId === undefined ? undefined : checks.id('orgUnitId', d.orgUnitId, { label: '组织' });
  const note = checks.optionalText('note', d.note, { max: REASON_MAX, label: '发布说明' });
  // The report is kept byte for byte as rendered (its final newline included): never trimmed.
  const report = d.report;
  if (typeof report !== 'string' || report.trim() === '') checks.add('report', '请提供报告正文');
  else if (textLength(report) > REPORT_MAX) checks.add('report', `报告正文不能超过 ${REPORT_MAX} 个字`);
  checks.throwIfAny();
  if (orgUnitId !== undefined && (!d.orgUnit || d.orgUnit.id !== orgUnitId)) throw new NotFoundError(`找不到组织：${orgUnitId} 不是已登记的组织`);
  if (d.section.year !== year) throw new ConflictError(`发布的汇总属于 ${d.section.year} 年，而要发布的是 ${year} 年`);

  const latest = state.status === 'published' ? state.latest : undefined;
  if (latest && (latest.year !== year || latest.orgUnitId !== orgUnitId)) {
    throw new ConflictError(`这一系列版本属于 ${latest.year} 年的另一范围，不能在其中发布 ${year} 年的版本`);
  }
  // Nothing new since the newest edition, and the same note: publishing it again adds nothing.
  if (latest && samePlaceInLog(latest, d) && latest.note === note && latest.report === report && sameData(latest.section, d.section)) return [];

  const version = (latest?.version ?? 0) + 1;
  const data: SectionPublished['data'] = {
    editionId: editionIdOf(year, orgUnitId, version),
    year,
    ...(orgUnitId === undefined || !d.orgUnit ? {} : { orgUnitId, orgUnitPath: [...d.orgUnit.path] }),
    version,
    position: d.position,
    ...(d.lastEvent === undefined ? {} : { lastEvent: { streamId: d.lastEvent.streamId, streamVersion: d.lastEvent.streamVersion, eventId: d.lastEvent.eventId } }),
    publishedAt: d.publishedAt,
    publishedBy: d.publishedBy,
    publisherName: d.publisherName,
    ...(note === undefined ? {} : { note }),
    section: d.section,
    report,
  };
  return [{ type: 'SectionPublished', data }];
}

export const sectionEditionDecider = deciderOf<SectionEditionState, SectionEditionCommand, SectionEditionEvent>(initialSectionEditionState, evolveSectionEdition, {
  PublishSection: publish,
});
