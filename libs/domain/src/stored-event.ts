// The seam between the event store's untyped records and the domain's event union. Event types
// never change once written (STYLE §3): a breaking change gets a new name (`X.v2`) or a new
// field, and an upcaster that brings the old shape forward (the model is EventSourcing.NodeJS's
// event transformations). Everything that reads stored events, the write side's fold and the
// projections alike, goes through `toDomainEvent`, so an old shape is upcast in one place.
import type { DomainEvent, TrackerEvent } from './domain-event';
import { isDomainEventType, isTrackerEventType } from './domain-event';

/** A field map as the store keeps it (JSON). */
export type StoredEventData = { readonly [field: string]: unknown };

/** An event as the store keeps it: its type name and its data. */
export interface StoredEvent {
  readonly type: string;
  readonly data: StoredEventData;
}

/** Brings one old shape forward: a type renamed since (`X.v1` → `X`), or data lacking a field added since. */
export interface EventUpcaster {
  /** The stored type it reads. */
  readonly from: string;
  readonly upcast: (data: StoredEventData) => StoredEvent;
}

/** The tracker's upcasters, oldest first. None yet: no event shape has changed since the first release. */
export const EVENT_UPCASTERS: readonly EventUpcaster[] = [];

/**
 * A stored event in its current shape: each upcaster, in registry order, rewrites the event as
 * the earlier ones left it when it reads that type, so `X.v1 → X.v2 → X` is two entries, oldest first.
 */
export function upcastStoredEvent(stored: StoredEvent, upcasters: readonly EventUpcaster[] = EVENT_UPCASTERS): StoredEvent {
  let event: StoredEvent = { type: stored.type, data: stored.data };
  for (const upcaster of upcasters) if (upcaster.from === event.type) event = upcaster.upcast(event.data);
  return event;
}

/**
 * The domain event of a stored record, upcast to its current shape; undefined when its type is
 * not one of the domain's (another writer's, or one this version does not know yet).
 *
 * `E` narrows the result to one aggregate's events for the decider folding that aggregate's
 * stream. This is the boundary's one cast, and deliberately narrow: the type name is checked
 * against the domain's union first; the data is trusted to have its type's shape, since a decider
 * wrote it and the upcasters brought it forward (a malformed one makes the handler that reads it
 * throw, which stops a projection as a poison event); and a stream holds only its own aggregate's
 * events (one stream per aggregate instance, written only by its decider).
 */
export function toDomainEvent<E extends DomainEvent = DomainEvent>(stored: StoredEvent, upcasters: readonly EventUpcaster[] = EVENT_UPCASTERS): E | undefined {
  return eventOfKnownType<E>(stored, isDomainEventType, upcasters);
}

/**
 * As toDomainEvent, for every event the tracker writes (accounts, editions, the 街道 list): the write side folds
 * any aggregate's stream, while projections read only the records they count.
 */
export function toTrackerEvent<E extends TrackerEvent = TrackerEvent>(stored: StoredEvent, upcasters: readonly EventUpcaster[] = EVENT_UPCASTERS): E | undefined {
  return eventOfKnownType<E>(stored, isTrackerEventType, upcasters);
}

function eventOfKnownType<E extends TrackerEvent>(stored: StoredEvent, isKnown: (type: string) => boolean, upcasters: readonly EventUpcaster[]): E | undefined {
  const current = upcastStoredEvent(stored, upcasters);
  if (!isKnown(current.type)) return undefined;
  return { type: current.type, data: current.data } as E;
}
