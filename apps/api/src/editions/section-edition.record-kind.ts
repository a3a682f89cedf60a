import { sectionEditionDecider, streamIdFor, type SectionEditionCommand, type SectionEditionEvent, type SectionEditionState } from '@tracker/domain';
import type { RecordKind } from '../command-handling/record-commands';
import { deterministicUuid } from '../command-handling/deterministic-id';
import { assertMayPublish } from './edition-access';

/** The editions of one year and scope share one stream, so that their versions count up without gaps. */
export const SECTION_EDITIONS: RecordKind<SectionEditionCommand, SectionEditionEvent, SectionEditionState> = {
  streamOf: (seriesId) => streamIdFor('sectionedition', seriesId),
  decider: sectionEditionDecider,
  authorize: assertMayPublish,
};

/** The id of the series of (year, scope): the same in every process, so no index is needed to find it. */
export const editionSeriesId = (year: number, orgUnitId: string | undefined): string => deterministicUuid('section-edition', String(year), orgUnitId ?? '*');
