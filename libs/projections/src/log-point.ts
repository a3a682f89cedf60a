// Where a point of the log stands in the log read now. A restore, or a move to another event store,
// keeps every event's stream, version and id and numbers positions anew: a point that names its
// event (an edition, a checkpoint) is found again from it.
import type { AllPosition, EventStore } from '@tracker/event-store';
import type { LogPoint } from './postgres/checkpoint-store';

/** A point names an event this log does not hold: it was taken from another log. */
export class ForeignLogPointError extends Error {
  override readonly name = 'ForeignLogPointError';
}

/** The position of `point`'s event in `store`'s log; its own position when it names none (the start of the log, or a point pinned before events were). */
export async function positionInLog(store: EventStore, point: LogPoint): Promise<AllPosition> {
  const pinned = point.lastEvent;
  if (pinned === undefined) return point.position;
  const [event] = await store.readStream(pinned.streamId, { from: pinned.streamVersion });
  if (event?.streamVersion !== pinned.streamVersion || event.eventId !== pinned.eventId) {
    throw new ForeignLogPointError(`事件日志里没有事件 ${pinned.eventId}（${pinned.streamId} 的第 ${pinned.streamVersion} 版）：它来自另一份事件日志`);
  }
  return event.position;
}
