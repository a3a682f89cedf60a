// 发布 publishing an edition of the 社区责任 section. The app reads the live section, its report
// text and the log position they were read at, and hands them in: the decider checks and numbers.
import type { OrgUnitSnapshot } from '../shared/org-unit-ref';
import type { Command } from '../shared/message';
import type { LoggedEvent, PublishedFigures } from './section-edition.events';

export type PublishSection = Command<
  'PublishSection',
  {
    readonly year: number;
    /** Absent: the whole company. */
    readonly orgUnitId?: string;
    /** Resolved by the app from the OrgChart. */
    readonly orgUnit?: OrgUnitSnapshot | null;
    readonly note?: string | null;
    readonly position: string;
    /** The event at `position`, when the log holds any (see SectionPublished). */
    readonly lastEvent?: LoggedEvent;
    readonly section: PublishedFigures;
    readonly report: string;
    /** The server clock, ISO-8601: it also bounds the year (at most next year). */
    readonly publishedAt: string;
    readonly publishedBy: string;
    readonly publisherName: string;
  }
>;

export type SectionEditionCommand = PublishSection;
