// Editions published before they kept their event (docs/design.md §16) pin a log position only, and
// a restore numbers positions anew. The backup file still says where every event stood, so the
// restore upcasts such an edition with the event at its position (its stream, version and id),
// and the edition finds its place again in the new log. Nothing else in any event changes.
import type { JsonObject } from '@tracker/event-store';
import type { BackupEvent } from './backup-file';

/** The position an edition without `lastEvent` pins, or undefined (any other event, or an edition of an empty log). */
export function unpinnedEditionPosition(record: Pick<BackupEvent, 'type' | 'data'>): string | undefined {
  const { lastEvent, position } = record.data;
  return record.type === 'SectionPublished' && lastEvent === undefined && typeof position === 'string' && position !== '0:0' ? position : undefined;
}

/** Reads the file's events in order, remembering only the events old editions pin. */
export class EditionPins {
  private readonly found = new Map<string, JsonObject>();

  /** `wanted`: the positions the file's old editions pin (BackupSummary.unpinnedEditions), found by the verifying read. */
  constructor(private readonly wanted: ReadonlySet<string>) {}

  /** The event's data as the restore writes it: an old edition's with the event it pins, any other as it is. */
  dataOf(record: BackupEvent): JsonObject {
    if (this.wanted.has(record.position)) this.found.set(record.position, { streamId: record.streamId, streamVersion: record.streamVersion, eventId: record.eventId });
    const pinned = unpinnedEditionPosition(record);
    const lastEvent = pinned === undefined ? undefined : this.found.get(pinned);
    return lastEvent === undefined ? record.data : { ...record.data, lastEvent };
  }
}
