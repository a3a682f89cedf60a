// The KurrentDB adapter's own logic, with the client's REAL types and no server.
import type { AllStreamRecordedEvent } from '@kurrent/kurrentdb-client';
import { ANY, NO_STREAM, START, STREAM_EXISTS, WrongExpectedVersionError, jsonEvent } from '@kurrent/kurrentdb-client';
import { DOMAIN_EVENT_TYPES } from '@tracker/domain';
import { anEvent } from '../contract/test-events';
import { ConcurrencyError, START_OF_LOG, comparePositions, formatPosition, parsePosition } from '../event-store.port';
import {
  eventTypeRegex,
  fromKurrentEvent,
  fromKurrentPosition,
  toEventData,
  toReadPosition,
  toStreamState,
  translateAppendError,
  versionFromCurrentState,
  versionFromRevision,
} from './kurrentdb-mapping';

const ABOVE_2_53 = 2n ** 53n + 7n; // not representable as a JS number
const NEAR_2_63 = 2n ** 63n - 2n;

/** What the client hands back for an event read from $all (the shape its converter builds). */
function aKurrentRecord(overrides: Partial<AllStreamRecordedEvent> = {}): AllStreamRecordedEvent {
  const data = toEventData(anEvent({ data: { title: '学雷锋 枫林街道 图书义卖', amountFen: 4_162_000, nested: { list: [1, null, '红十字会'] } } }));
  return {
    streamId: 'volunteer-activity-1',
    id: data.id,
    isJson: true,
    revision: 0n,
    type: data.type,
    created: new Date('2023-03-03T02:00:00.000Z'),
    // The client parses JSON afresh from bytes: imitate that.
    data: JSON.parse(JSON.stringify(data.data)) as Record<string, unknown>,
    metadata: JSON.parse(JSON.stringify(data.metadata)) as Record<string, unknown>,
    position: { commit: 1024n, prepare: 1024n },
    ...overrides,
  } as AllStreamRecordedEvent;
}

describe('KurrentDB revision mapping', () => {
  it.each([
    ['any', ANY],
    ['no_stream', NO_STREAM],
    ['stream_exists', STREAM_EXISTS],
    [0, NO_STREAM],
    [1, 0n],
    [3, 2n],
    [2_147_483_647, 2_147_483_646n],
  ] as const)('expected version %p → stream state %p', (expected, state) => {
    expect(toStreamState(expected)).toBe(state);
  });

  it('turns revisions and reported current states back into versions', () => {
    expect(versionFromRevision(0n)).toBe(1);
    expect(versionFromRevision(41n)).toBe(42);
    expect(versionFromCurrentState(NO_STREAM)).toBe(0);
    expect(versionFromCurrentState(4n)).toBe(5);
  });
});

describe('KurrentDB position encoding', () => {
  it('maps (commit, prepare) to (transactionId, globalPosition) without losing precision above 2^53', () => {
    const position = fromKurrentPosition({ commit: NEAR_2_63, prepare: ABOVE_2_53 });
    expect(position).toEqual({ transactionId: NEAR_2_63, globalPosition: ABOVE_2_53 });
    expect(parsePosition(formatPosition(position))).toEqual(position); // the checkpoint string round trip
    expect(formatPosition(position)).toBe('9223372036854775806:9007199254740999');
    expect(toReadPosition(position)).toEqual({ commit: NEAR_2_63, prepare: ABOVE_2_53 });
  });

  it('reads the start of the log as START', () => {
    expect(toReadPosition(START_OF_LOG)).toBe(START);
  });

  it('orders like $all: by commit, then prepare (the events of one write share a commit)', () => {
    const inLogOrder = [
      { commit: 100n, prepare: 100n },
      { commit: 250n, prepare: 180n }, // a two-event write: both events carry commit 250
      { commit: 250n, prepare: 220n },
      { commit: ABOVE_2_53, prepare: ABOVE_2_53 - 1n },
      { commit: ABOVE_2_53 + 1n, prepare: ABOVE_2_53 + 1n },
    ].map(fromKurrentPosition);
    const shuffled = [inLogOrder[3], inLogOrder[0], inLogOrder[4], inLogOrder[2], inLogOrder[1]].map((p) => p!);
    expect([...shuffled].sort(comparePositions)).toEqual(inLogOrder);
  });
});

describe('KurrentDB error translation', () => {
  it('turns a real WrongExpectedVersionError into our ConcurrencyError with the actual version', () => {
    const clash = new WrongExpectedVersionError(undefined, { streamName: 'relief-grant-1', expected: 2n, current: 4n });
    const translated = translateAppendError(clash, 'relief-grant-1', 3);
    expect(translated).toBeInstanceOf(ConcurrencyError);
    expect(translated).toMatchObject({ code: 'EVENT_STORE_CONCURRENCY', streamId: 'relief-grant-1', expected: 3, actual: 5 });
  });

  it('reports a missing stream as version 0', () => {
    const clash = new WrongExpectedVersionError(undefined, { streamName: 's', expected: STREAM_EXISTS, current: NO_STREAM });
    expect(translateAppendError(clash, 's', 'stream_exists')).toMatchObject({ expected: 'stream_exists', actual: 0 });
  });

  it('passes other errors through unchanged', () => {
    const other = new Error('UNAVAILABLE');
    expect(translateAppendError(other, 's', 'any')).toBe(other);
  });
});

describe('KurrentDB event (de)serialization', () => {
  it('writes our event id as the KurrentDB event id, as a JSON event (the real jsonEvent)', () => {
    const event = anEvent({ metadata: { idempotencyKey: '爱心一日捐-2023' } });
    const data = toEventData(event);
    expect(data).toEqual(jsonEvent({ id: event.eventId, type: event.type, data: event.data, metadata: event.metadata }));
    expect(data).toMatchObject({ id: event.eventId, contentType: 'application/json', type: 'VolunteerActivityRecorded' });
  });

  it('round-trips data and metadata, Chinese text included, with stream version and position', () => {
    const event = anEvent({ data: { title: '学雷锋 枫林街道 图书义卖', note: '党建翼联 "引号" \\ 反斜杠 🚀', big: Number.MAX_SAFE_INTEGER } });
    const written = toEventData(event);
    const read = fromKurrentEvent(
      aKurrentRecord({
        id: written.id.toUpperCase(),
        type: written.type,
        data: JSON.parse(Buffer.from(JSON.stringify(written.data), 'utf8').toString('utf8')) as Record<string, unknown>,
        metadata: JSON.parse(JSON.stringify(written.metadata)) as Record<string, unknown>,
        revision: 2n,
        position: { commit: ABOVE_2_53, prepare: ABOVE_2_53 - 10n },
      }),
    );
    expect(read).toEqual({
      eventId: event.eventId.toLowerCase(),
      type: event.type,
      data: event.data,
      metadata: event.metadata,
      streamId: 'volunteer-activity-1',
      streamVersion: 3,
      position: { transactionId: ABOVE_2_53, globalPosition: ABOVE_2_53 - 10n },
      recordedAt: new Date('2023-03-03T02:00:00.000Z'),
    });
    expect(read.data['title']).toBe('学雷锋 枫林街道 图书义卖');
  });

  it('refuses events the tracker never writes instead of guessing', () => {
    expect(() => fromKurrentEvent(aKurrentRecord({ isJson: false, data: new Uint8Array([1]) } as Partial<AllStreamRecordedEvent>))).toThrow(/not a JSON object event/);
    expect(() => fromKurrentEvent(aKurrentRecord({ position: undefined } as unknown as Partial<AllStreamRecordedEvent>))).toThrow(/without its log position/);
  });

  it('refuses metadata without the fields every tracker event carries, rather than passing it off as EventMetadata', () => {
    expect(fromKurrentEvent(aKurrentRecord()).metadata).toMatchObject({ recordedBy: 'recorder-1', recordedAt: '2023-03-03T02:00:00.000Z' });
    const { correlationId: _dropped, ...withoutCorrelation } = fromKurrentEvent(aKurrentRecord()).metadata;
    expect(() => fromKurrentEvent(aKurrentRecord({ metadata: withoutCorrelation }))).toThrow(/lacks the metadata every tracker event carries/);
    expect(() => fromKurrentEvent(aKurrentRecord({ metadata: { ...withoutCorrelation, correlationId: 7 } }))).toThrow(/lacks the metadata/);
    expect(() => fromKurrentEvent(aKurrentRecord({ metadata: new Uint8Array([1]) }))).toThrow(/lacks the metadata/);
  });
});

describe('KurrentDB $all filter', () => {
  it('matches exactly the listed types, no prefixes, with regex characters escaped', () => {
    const regex = new RegExp(eventTypeRegex(['UnionDonationRecorded', 'Odd.Type+v2']));
    expect(regex.test('UnionDonationRecorded')).toBe(true);
    expect(regex.test('Odd.Type+v2')).toBe(true);
    expect(regex.test('UnionDonationRecordedV2')).toBe(false);
    expect(regex.test('OddXType+v2')).toBe(false);
    expect(regex.test('$metadata')).toBe(false);
  });

  it('by default covers every domain event type and no system event', () => {
    const regex = new RegExp(eventTypeRegex(DOMAIN_EVENT_TYPES));
    expect(DOMAIN_EVENT_TYPES.every((type) => regex.test(type))).toBe(true);
    expect(['$>', '$statsCollected', '$ProjectionsInitialized'].some((type) => regex.test(type))).toBe(false);
    expect(() => eventTypeRegex([])).toThrow(/at least one event type/);
  });
});
