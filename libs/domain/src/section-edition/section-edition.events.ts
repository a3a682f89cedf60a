// 版本 published editions of the 社区责任 section: when the report goes out, a compiler publishes
// the section of a year for a scope (one org unit and its descendants, or the whole company). An
// edition is a fact that never changes: it carries the figures and the report text exactly as
// they were published, so later corrections, rebuilds and upgrades of the tracker cannot touch it.
import type { Event } from '../shared/message';

/**
 * The section's figures as published: the read model's section, kept as JSON. The domain does not
 * read them (their shape is the read model's); it only keeps them with the edition.
 */
export type PublishedFigures = { readonly year: number; readonly [figure: string]: unknown };

/** An event of the log by what every copy of the log keeps: its stream, its version there and its id. */
export interface LoggedEvent {
  readonly streamId: string;
  readonly streamVersion: number;
  readonly eventId: string;
}

export type SectionPublished = Event<
  'SectionPublished',
  {
    /** `editionIdOf(year, orgUnitId, version)`. */
    readonly editionId: string;
    readonly year: number;
    /** The scope: this unit and its descendants; absent for the whole company. */
    readonly orgUnitId?: string;
    /** The scope's names from the root down, as they were when it was published. */
    readonly orgUnitPath?: readonly string[];
    /** 1, 2, … per year and scope. */
    readonly version: number;
    /** The event-log position the figures were read at: what was recorded after it is an adjustment. */
    readonly position: string;
    /**
     * The event at `position` (the last one the figures count), which a restore or a move to another
     * event store keeps while it numbers positions anew: the edition's place is found again from it.
     * Absent for an edition of an empty log, and for editions published before it was kept.
     */
    readonly lastEvent?: LoggedEvent;
    /** ISO-8601 instant (the server clock). */
    readonly publishedAt: string;
    /** The token subject of the publisher, and the name the token carried. */
    readonly publishedBy: string;
    readonly publisherName: string;
    readonly note?: string;
    readonly section: PublishedFigures;
    /** The report text as rendered at publication (Markdown, Chinese). */
    readonly report: string;
  }
>;

export type SectionEditionEvent = SectionPublished;

export const SECTION_EDITION_EVENT_TYPES = ['SectionPublished'] as const satisfies readonly SectionEditionEvent['type'][];

/** What `editionId` calls the whole company. */
const COMPANY = 'all';

/** An edition's id says which it is: `2023-all-v1`, `2023-<org unit id>-v2`. */
export const editionIdOf = (year: number, orgUnitId: string | undefined, version: number): string => `${year}-${orgUnitId ?? COMPANY}-v${version}`;

/** The inverse of `editionIdOf`; undefined for text that is no edition id. */
export function parseEditionId(id: string): { year: number; orgUnitId: string | undefined; version: number } | undefined {
  const match = /^(\d{4})-(all|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})-v([1-9]\d{0,5})$/.exec(id);
  if (!match?.[1] || !match[2] || !match[3]) return undefined;
  return { year: Number(match[1]), orgUnitId: match[2] === COMPANY ? undefined : match[2], version: Number(match[3]) };
}
