// The boundary between the store's untyped records and the domain's event union.
import type { DomainEvent } from '@tracker/domain';
import type { RecordedEvent } from '@tracker/event-store';
import { isHandledEventType } from './apply-event';

/**
 * The domain event of a stored record, or undefined for a type this projection does not handle.
 * Data shapes are trusted here (the deciders wrote them); a malformed one makes the handler throw,
 * which stops the projection as a poison event.
 */
export function toDomainEvent(event: RecordedEvent): DomainEvent | undefined {
  if (!isHandledEventType(event.type)) return undefined;
  return { type: event.type, data: event.data } as unknown as DomainEvent;
}

/** When the event was recorded (metadata.recordedAt, the server clock; the row's time as fallback). */
export function recordedAtOf(event: RecordedEvent): number {
  const fromMetadata = Date.parse(event.metadata.recordedAt);
  return Number.isNaN(fromMetadata) ? event.recordedAt.getTime() : fromMetadata;
}
