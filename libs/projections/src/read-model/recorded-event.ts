// The boundary between the store's records and the domain's event union, on the read side.
import type { DomainEvent } from '@tracker/domain';
import { toDomainEvent } from '@tracker/domain';
import type { RecordedEvent } from '@tracker/event-store';
import type { EventMeta } from './apply-event';

/**
 * The domain event of a stored record, through the domain's seam (upcast to its current shape),
 * or undefined for a type that is not the domain's. A malformed shape makes its handler throw,
 * which stops the projection as a poison event.
 */
export const domainEventOf = (event: RecordedEvent): DomainEvent | undefined => toDomainEvent(event);

/** When the event was recorded (metadata.recordedAt, the server clock; the row's time as fallback). */
export function recordedAtOf(event: RecordedEvent): number {
  const fromMetadata = Date.parse(event.metadata.recordedAt);
  return Number.isNaN(fromMetadata) ? event.recordedAt.getTime() : fromMetadata;
}

/** The metadata the rows keep of an event (positions stay far below 2^53, so a number is exact). */
export function eventMetaOf(event: RecordedEvent): EventMeta {
  return { position: Number(event.position.globalPosition), recordedAt: new Date(recordedAtOf(event)).toISOString(), recordedBy: event.metadata.recordedBy };
}
