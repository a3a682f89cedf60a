import { Inject, Injectable } from '@nestjs/common';
import { parseEditionId, type SectionPublished, toTrackerEvent, type TrackerEvent } from '@tracker/domain';
import { type AllPosition, type EventStore, parsePosition } from '@tracker/event-store';
import type { LogPoint } from '@tracker/projections';
import { EVENT_STORE } from '../event-store-info/event-store.token';
import { ProjectionRuntime } from '../projections/projection-runtime';
import { editionSeriesId, SECTION_EDITIONS } from './section-edition.record-kind';

/** One published edition as its event keeps it. */
export type PublishedEdition = SectionPublished['data'];

/** Where in the log the edition's figures were read: its position then, and the event at it. */
export const publishedAt = (edition: PublishedEdition): LogPoint => ({
  position: parsePosition(edition.position),
  ...(edition.lastEvent === undefined ? {} : { lastEvent: edition.lastEvent }),
});

/**
 * Reads editions from their streams, never from the read model: an edition is what its event
 * says, whatever a rebuild or an upgrade does to the totals.
 */
@Injectable()
export class SectionEditionReader {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly projections: ProjectionRuntime,
  ) {}

  /** The edition's position in this log: the one its event kept, unless a restore numbered the log anew. */
  positionNow(edition: PublishedEdition): Promise<AllPosition> {
    return this.projections.queries.positionNow(publishedAt(edition));
  }

  /** The editions of a year and scope, newest first. */
  async series(year: number, orgUnitId: string | undefined): Promise<PublishedEdition[]> {
    return (await this.stored(year, orgUnitId)).map(({ edition }) => edition).reverse();
  }

  /** The edition written at global position `position`, or else the newest (a repeat that wrote nothing reports the stream's last). */
  async writtenAt(year: number, orgUnitId: string | undefined, position: bigint): Promise<PublishedEdition | undefined> {
    const stored = await this.stored(year, orgUnitId);
    return (stored.find((s) => s.position === position) ?? stored.at(-1))?.edition;
  }

  private async stored(year: number, orgUnitId: string | undefined): Promise<{ edition: PublishedEdition; position: bigint }[]> {
    const events = await this.store.readStream(SECTION_EDITIONS.streamOf(editionSeriesId(year, orgUnitId)));
    return events.flatMap((stored) => {
      const event = toTrackerEvent<TrackerEvent>(stored);
      return event?.type === 'SectionPublished' ? [{ edition: event.data, position: stored.position.globalPosition }] : [];
    });
  }

  /** The edition with this id, or undefined (also for text that is no edition id). */
  async edition(editionId: string): Promise<PublishedEdition | undefined> {
    const id = parseEditionId(editionId);
    if (!id) return undefined;
    return (await this.series(id.year, id.orgUnitId)).find((edition) => edition.version === id.version);
  }
}
