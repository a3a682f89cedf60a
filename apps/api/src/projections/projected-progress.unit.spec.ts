// The in-memory hint behind read-your-writes waits: a position counts as passed only once the
// subscription handler that received it has finished (the projector commits before that).
import { randomUUID } from 'node:crypto';
import { InMemoryEventStore, START_OF_LOG, type AllPosition } from '@tracker/event-store';
import { ProjectedProgress } from './projected-progress';

async function append(store: InMemoryEventStore): Promise<AllPosition> {
  const eventId = randomUUID();
  const result = await store.appendToStream(
    `test-${randomUUID()}`,
    [{ eventId, type: 'Tested', data: {}, metadata: { eventId, recordedAt: new Date().toISOString(), recordedBy: 'test', correlationId: 'test' } }],
    { expectedVersion: 'no_stream' },
  );
  return result.lastPosition;
}

describe('ProjectedProgress', () => {
  it('answers a wait only after the handler that received the position has finished', async () => {
    const store = new InMemoryEventStore();
    const progress = new ProjectedProgress();
    let finishBatch: () => void = () => undefined;
    const handled: AllPosition[] = [];
    const subscription = progress.observe(store).subscribe(START_OF_LOG, async (events) => {
      await new Promise<void>((resolve) => (finishBatch = resolve));
      handled.push(...events.map((e) => e.position));
    });
    const position = await append(store);
    const waiting = progress.passed(position, 5_000);
    let answered = false;
    void waiting.then(() => (answered = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(answered).toBe(false); // handed to the handler, but not finished
    finishBatch();
    await expect(waiting).resolves.toBe(true);
    expect(handled).toEqual([position]);
    await expect(progress.passed(position, 0)).resolves.toBe(true);
    await subscription.stop();
  });

  it('answers false after the timeout when nothing passes the position', async () => {
    const store = new InMemoryEventStore();
    const progress = new ProjectedProgress();
    const position = await append(store);
    await expect(progress.passed(position, 20)).resolves.toBe(false);
  });

  it('leaves every other method of the store as it is', async () => {
    const store = new InMemoryEventStore();
    const observed = new ProjectedProgress().observe(store);
    const position = await append(store);
    await expect(observed.headPosition()).resolves.toBe(position.globalPosition);
    await expect(observed.readAll({ limit: 10 })).resolves.toMatchObject({ events: [{ position }] });
  });
});
