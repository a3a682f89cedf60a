// The folded org chart that every command's scope check uses: it must never answer a call with a
// read that began before the call, however reads are shared between concurrent requests.
import { randomUUID } from 'node:crypto';
import { orgUnitsOf, type OrgChartState } from '@tracker/domain';
import { InMemoryEventStore, type ReadStreamOptions, type RecordedEvent } from '@tracker/event-store';
import { ORG_CHART_STREAM, OrgChartReader } from './org-chart.reader';

/** The in-memory store, with reads that wait until the test lets them through. */
class GatedStore extends InMemoryEventStore {
  reads: { from: number | undefined; release: () => void }[] = [];
  gated = false;

  override async readStream(streamId: string, options?: ReadStreamOptions): Promise<readonly RecordedEvent[]> {
    if (this.gated) await new Promise<void>((release) => this.reads.push({ from: options?.from, release }));
    return super.readStream(streamId, options);
  }

  releaseAll(): void {
    const waiting = this.reads;
    this.reads = [];
    for (const read of waiting) read.release();
  }
}

async function register(store: InMemoryEventStore, name: string, parentId?: string): Promise<string> {
  const orgUnitId = randomUUID();
  const eventId = randomUUID();
  await store.appendToStream(
    ORG_CHART_STREAM,
    [
      {
        eventId,
        type: 'OrgUnitRegistered',
        data: { orgUnitId, name, kind: parentId ? 'SUB_BUREAU' : 'BUREAU', ...(parentId ? { parentId } : {}) },
        metadata: { eventId, recordedAt: new Date().toISOString(), recordedBy: 'test', correlationId: 'test' },
      },
    ],
    { expectedVersion: 'any' },
  );
  return orgUnitId;
}

const names = (chart: OrgChartState) => orgUnitsOf(chart).map((unit) => unit.name);
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('OrgChartReader', () => {
  it('folds the whole stream first, then reads only from the folded version on', async () => {
    const store = new GatedStore();
    const reader = new OrgChartReader(store);
    const bureau = await register(store, '南区局');
    expect(names(await reader.current())).toEqual(['南区局']);
    await register(store, '康健支局', bureau);
    store.gated = true;
    const next = reader.current();
    await settle();
    expect(store.reads.map((read) => read.from)).toEqual([1]);
    store.releaseAll();
    expect(names(await next)).toEqual(['南区局', '康健支局']);
  });

  it('never answers a call with a read that started before it: the change committed in between is seen', async () => {
    const store = new GatedStore();
    const reader = new OrgChartReader(store);
    const bureau = await register(store, '南区局');
    await reader.current();
    store.gated = true;
    const early = reader.current(); // its read starts now and is held
    await settle();
    await register(store, '衡复支局', bureau); // committed after that read started
    const late = [reader.current(), reader.current()]; // share one read queued behind the first
    await settle();
    expect(store.reads).toHaveLength(1);
    store.releaseAll();
    await early;
    await settle();
    expect(store.reads).toHaveLength(1); // the queued read, started only now
    store.releaseAll();
    for (const chart of await Promise.all(late)) expect(names(chart)).toEqual(['南区局', '衡复支局']);
  });

  it('refolds from the start when the folded event is no longer the one at its version', async () => {
    const first = new InMemoryEventStore();
    const reader = new OrgChartReader(first);
    await register(first, '南区局');
    expect(names(await reader.current())).toEqual(['南区局']);
    // Same reader over another log (a restored database): version 1 is another event.
    const other = new InMemoryEventStore();
    await register(other, '北区局');
    Object.assign(reader, { store: other });
    expect(names(await reader.current())).toEqual(['北区局']);
  });
});
