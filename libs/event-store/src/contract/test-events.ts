// Small builders for contract-test data (STYLE: builders, not repeated literals).
import { randomUUID } from 'node:crypto';
import type { ImportedEvent, JsonObject, JsonValue, NewEvent } from '../event-store.port';

export function aStreamId(kind = 'volunteer-activity'): string {
  return `${kind}-${randomUUID()}`;
}

/** A valid event with fresh ids; `data` defaults to a small 学雷锋 (Lei Feng day) record. */
export function anEvent(overrides: { type?: string; data?: JsonObject; eventId?: string; metadata?: Record<string, JsonValue> } = {}): NewEvent {
  const eventId = overrides.eventId ?? randomUUID();
  return {
    eventId,
    type: overrides.type ?? 'VolunteerActivityRecorded',
    data: overrides.data ?? { title: '学雷锋 枫林街道 图书义卖', personTimes: 12, program: 'LEI_FENG' },
    metadata: {
      eventId,
      recordedAt: '2023-03-03T02:00:00.000Z',
      recordedBy: 'recorder-1',
      correlationId: randomUUID(),
      ...overrides.metadata,
    },
  };
}

export function someEvents(count: number, type = 'VolunteerActivityRecorded'): NewEvent[] {
  return Array.from({ length: count }, (_, index) => anEvent({ type, data: { index, title: `第${index + 1}次 学雷锋` } }));
}

/**
 * A log as a backup holds it: `count` events over three interleaved streams (the last event's
 * stream has at least two), the types taken in turn from `types`, recorded a day apart in 2021.
 */
export function anImportedLog(types: readonly string[], count: number): ImportedEvent[] {
  const streams = [aStreamId('学雷锋'), aStreamId('booth'), aStreamId('relief-grant')];
  const versions = new Map<string, number>();
  return Array.from({ length: count }, (_, index) => {
    const streamId = streams[[0, 1, 0, 2][index % 4] as number] as string;
    const streamVersion = (versions.get(streamId) ?? 0) + 1;
    versions.set(streamId, streamVersion);
    const recordedAt = new Date(Date.UTC(2021, 2, 1 + index, 1, 30, 0, 123));
    const event = anEvent({
      type: types[index % types.length] as string,
      data: { index, title: `第${index + 1}次 学雷锋 枫林街道`, amountFen: 4_162_000 + index },
      metadata: { recordedAt: recordedAt.toISOString(), recordedBy: 'li.si', recordedByName: '李四' },
    });
    return { ...event, streamId, streamVersion, recordedAt };
  });
}

/**
 * A deterministic, deeply nested document of at least `minBytes` UTF-8 bytes, mixing Chinese,
 * emoji, escapes, integers near 2^53, fractions, negatives, nulls and empty containers.
 */
export function aLargeNestedDocument(minBytes = 1_048_576): JsonObject {
  const sections: JsonObject[] = [];
  let bytes = 0;
  for (let index = 0; bytes < minBytes; index++) {
    const section: JsonObject = {
      id: index,
      title: `第${index}节 学雷锋 枫林街道 图书义卖 "引号" \\反斜杠\\ 换行\n制表\t🚀`,
      subdistricts: ['枫林', '湖南', '天平', '斜土', '漕河泾', '田林', '虹梅', '徐家汇'],
      amountFen: index * 4_162_000,
      ratio: index / 7,
      negative: -index - 0.5,
      nearMaxSafe: Number.MAX_SAFE_INTEGER - index,
      flags: [true, false, null],
      empty: {},
      emptyList: [],
      nested: { level1: { level2: { level3: { level4: [index, String(index), { even: index % 2 === 0, note: null }] } } } },
    };
    sections.push(section);
    bytes += Buffer.byteLength(JSON.stringify(section));
  }
  return { report: '社区责任', year: 2023, sections };
}

/** JSON with object keys sorted at every level: equal texts mean equal documents, byte for byte. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, nested: unknown) =>
    nested && typeof nested === 'object' && !Array.isArray(nested)
      ? Object.fromEntries(Object.entries(nested as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : nested,
  );
}
