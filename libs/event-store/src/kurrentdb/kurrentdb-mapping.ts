// Pure translations between the port (docs/design.md §4) and the KurrentDB client's types, kept apart
// from the adapter so they are unit-tested without a server.
//
// POSITION MAPPING. KurrentDB orders $all by (commit, prepare): every event of one append shares
// the commit position of that write, and prepare tells the events of the write apart (for a
// single-event write, commit = prepare). Our AllPosition is (transactionId, globalPosition),
// compared lexicographically, so we map
//     transactionId  = commit   (which write; like Postgres' transaction id)
//     globalPosition = prepare  (the event's own log position)
// and `comparePositions` orders exactly as $all does. Both are 64-bit unsigned log positions:
// they stay bigint end to end, never a JS number, so nothing above 2^53 is rounded.
import type { AllStreamRecordedEvent, AppendStreamState, EventData, Position, RecordedEvent as KurrentRecordedEvent } from '@kurrent/kurrentdb-client';
import { ANY, NO_STREAM, START, STREAM_EXISTS, WrongExpectedVersionError, jsonEvent } from '@kurrent/kurrentdb-client';
import type { AllPosition, ExpectedVersion, JsonObject, NewEvent, RecordedEvent } from '../event-store.port';
import { ConcurrencyError, START_OF_LOG, isEventMetadata } from '../event-store.port';

/**
 * Our expected version → KurrentDB's expected stream state. Versions start at 1 and revisions
 * at 0, so "the stream has exactly N events" is revision N − 1, and N = 0 is "no stream".
 */
export function toStreamState(expected: ExpectedVersion): AppendStreamState {
  switch (expected) {
    case 'any':
      return ANY;
    case 'no_stream':
      return NO_STREAM;
    case 'stream_exists':
      return STREAM_EXISTS;
    default:
      return expected === 0 ? NO_STREAM : BigInt(expected - 1);
  }
}

/** KurrentDB revision (0-based) → our stream version (1-based). */
export function versionFromRevision(revision: bigint): number {
  return Number(revision) + 1;
}

/** The actual state a WrongExpectedVersionError reports → our stream version (0 = no events). */
export function versionFromCurrentState(current: bigint | 'no_stream'): number {
  return current === NO_STREAM ? 0 : versionFromRevision(current);
}

export function fromKurrentPosition(position: Position): AllPosition {
  return { transactionId: position.commit, globalPosition: position.prepare };
}

/** Where a forwards $all read starts. KurrentDB reads from a position INCLUSIVELY; the caller drops the event at `after`. */
export function toReadPosition(after: AllPosition): Position | typeof START {
  if (after.transactionId === START_OF_LOG.transactionId && after.globalPosition === START_OF_LOG.globalPosition) return START;
  return { commit: after.transactionId, prepare: after.globalPosition };
}

/**
 * Our event → KurrentDB event data. The event id becomes the KurrentDB event UUID, which is what
 * makes the server recognise a retried append; data and metadata are JSON (content type
 * application/json), so they stay readable in KurrentDB's UI and to its projections.
 */
export function toEventData(event: NewEvent): EventData {
  return jsonEvent({ id: event.eventId, type: event.type, data: event.data, metadata: event.metadata });
}

/**
 * A KurrentDB recorded event → ours. The client parses data and metadata afresh on every read,
 * so each caller gets its own copy. Throws on what this adapter never writes (binary events,
 * metadata without the fields every event carries, events without a position), rather than
 * inventing a value.
 */
export function fromKurrentEvent(event: KurrentRecordedEvent | AllStreamRecordedEvent): RecordedEvent {
  const { data, metadata, position } = event;
  if (!event.isJson || !isJsonObject(data)) {
    throw new Error(`KurrentDB event ${event.id} in stream ${event.streamId} is not a JSON object event: it was not written by the tracker.`);
  }
  if (!isEventMetadata(metadata)) {
    throw new Error(`KurrentDB event ${event.id} in stream ${event.streamId} lacks the metadata every tracker event carries: it was not written by the tracker.`);
  }
  if (!position) {
    throw new Error(`KurrentDB returned event ${event.id} of stream ${event.streamId} without its log position (server too old?).`);
  }
  return {
    eventId: event.id.toLowerCase(),
    type: event.type,
    data,
    metadata,
    streamId: event.streamId,
    streamVersion: versionFromRevision(event.revision),
    position: fromKurrentPosition(position),
    recordedAt: event.created,
  };
}

/** A version clash reported by the server → our ConcurrencyError with the stream's actual version. */
export function translateAppendError(error: unknown, streamId: string, expected: ExpectedVersion): unknown {
  if (error instanceof WrongExpectedVersionError) {
    return new ConcurrencyError(streamId, expected, versionFromCurrentState(error.actualState));
  }
  return error;
}

/**
 * The server-side $all filter: exactly these event types. A regex rather than prefixes, because
 * a prefix would also let `XRecorded.v2` through a filter naming `XRecorded`.
 */
export function eventTypeRegex(types: readonly string[]): string {
  if (types.length === 0) throw new Error('The KurrentDB event-type filter needs at least one event type.');
  return `^(?:${[...new Set(types)].map(escapeRegex).join('|')})$`;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}
