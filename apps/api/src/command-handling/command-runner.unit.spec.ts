// CommandRunner.runBatch, the spreadsheet import's write path, on the in-memory event store: every
// command decided before anything is written, a refusal anywhere writes nothing, and a write that
// fails midway (a concurrent change) says exactly which commands were written; running the same
// batch again then writes only the rest.
import { type GrantRelief, type ReliefGrantEvent, type ReliefGrantState, reliefGrantDecider, streamIdFor } from '@tracker/domain';
import { type AppendResult, type ExpectedVersion, InMemoryEventStore, type NewEvent } from '@tracker/event-store';
import { CommandRunner, type RunCommandOptions } from './command-runner';
import { deterministicUuid, payloadFingerprint } from './deterministic-id';
import { eventDataOf } from './json-data';

const UNION = '00000000-0000-4000-8000-000000000001';
const union = { id: UNION, kind: 'UNION' as const, path: ['南区局', '网络部工会'], retired: false };
const grantId = (n: number) => deterministicUuid('grant', String(n));

function grant(n: number, over: Partial<GrantRelief['data']> = {}): RunCommandOptions<GrantRelief, ReliefGrantEvent, ReliefGrantState> {
  const data: GrantRelief['data'] = { grantId: grantId(n), unionId: UNION, union, grantedOn: '2023-01-16', amount: '500.00', personTimes: 1, category: 'LIVING_HARDSHIP', ...over };
  const key = `import:r${n}`;
  return {
    streamId: streamIdFor('reliefgrant', data.grantId),
    decider: reliefGrantDecider,
    command: () => ({ type: 'GrantRelief', data }),
    authorize: () => undefined,
    context: { subject: 'treasurer', correlationId: 'c1', idempotency: { key, fingerprint: payloadFingerprint({ ...data, union: undefined }) } },
  };
}

/** The in-memory store, with a hook that runs before an append to a given stream (another writer's, say). */
class StoreWithInterference extends InMemoryEventStore {
  before = new Map<string, () => Promise<void>>();

  override async appendToStream(streamId: string, events: readonly NewEvent[], options: { readonly expectedVersion: ExpectedVersion }): Promise<AppendResult> {
    const hook = this.before.get(streamId);
    this.before.delete(streamId);
    await hook?.();
    return super.appendToStream(streamId, events, options);
  }
}

const counted: bigint[] = [];
const audited: string[] = [];
const runnerOn = (store: InMemoryEventStore) =>
  new CommandRunner(store, { waitUntilCounted: async (position) => void counted.push(position.globalPosition) }, { accepted: (command) => void audited.push(command.streamId) });
const statuses = (outcomes: readonly { status: string }[]) => outcomes.map((o) => o.status);

describe('CommandRunner.runBatch', () => {
  it('decides everything first: a dry run and a batch with one refusal write nothing', async () => {
    const store = new InMemoryEventStore();
    const runner = runnerOn(store);
    const items = [grant(1), grant(2, { amount: '0' }), grant(3)];
    expect(statuses(await runner.runBatch(items, { dryRun: true }))).toEqual(['would-write', 'refused', 'would-write']);
    expect(statuses(await runner.runBatch(items, { dryRun: false }))).toEqual(['would-write', 'refused', 'would-write']);
    expect(await store.headPosition()).toBe(0n);
  });

  it('writes every stream, waits once per stream for the totals, and a repeat of the batch writes nothing', async () => {
    const store = new InMemoryEventStore();
    const runner = runnerOn(store);
    const items = [grant(1), grant(2), grant(3)];
    counted.length = 0;
    audited.length = 0;
    expect(statuses(await runner.runBatch(items, { dryRun: false }))).toEqual(['written', 'written', 'written']);
    expect(counted).toHaveLength(3);
    expect(audited).toEqual(expect.arrayContaining(items.map((item) => item.streamId)));
    const head = await store.headPosition();
    expect(statuses(await runner.runBatch(items, { dryRun: false }))).toEqual(['repeat', 'repeat', 'repeat']);
    expect(await store.headPosition()).toBe(head);
  });

  it('refuses a row whose key was used for other data, as a single request with that key would be', async () => {
    const store = new InMemoryEventStore();
    const runner = runnerOn(store);
    await runner.runBatch([grant(1)], { dryRun: false });
    const changed = grant(1, { personTimes: 2 });
    const [outcome] = await runner.runBatch([changed], { dryRun: false });
    expect(outcome).toMatchObject({ status: 'refused', error: { code: 'CONFLICT' } });
  });

  it('says exactly what was written when a concurrent change refuses a stream midway, and a rerun writes only the rest', async () => {
    const store = new StoreWithInterference();
    const runner = runnerOn(store);
    const items = Array.from({ length: 12 }, (_, i) => grant(i + 1));
    // Someone records grant 5 with other figures between the batch's decision and its append.
    const fifth = items[4];
    if (!fifth) throw new Error('no fifth item');
    store.before.set(fifth.streamId, async () => {
      const other = grant(5, { amount: '900.00' });
      const decided = reliefGrantDecider.decide(other.command(reliefGrantDecider.initialState()) as GrantRelief, reliefGrantDecider.initialState());
      const events = decided.map((e, i) => {
        const eventId = deterministicUuid('other', String(i));
        return { eventId, type: e.type, data: eventDataOf(e), metadata: { eventId, recordedAt: new Date().toISOString(), recordedBy: 'someone', correlationId: 'c2' } };
      });
      await store.appendToStream(fifth.streamId, events, { expectedVersion: 0 });
    });
    const outcomes = await runner.runBatch(items, { dryRun: false });
    expect(outcomes[4]).toMatchObject({ status: 'refused', error: { code: 'CONFLICT' } });
    const written = items.filter((_, i) => outcomes[i]?.status === 'written');
    const notWritten = items.filter((_, i) => outcomes[i]?.status === 'not-written');
    expect(written.length + notWritten.length).toBe(11);
    expect(written.length).toBeGreaterThan(0);
    for (const item of written) expect(await store.readStream(item.streamId)).toHaveLength(1);
    for (const item of notWritten) expect(await store.readStream(item.streamId)).toHaveLength(0);

    // The same batch again: what was written is a repeat, the rest is written, the conflict stays refused.
    const rerun = await runner.runBatch(items.filter((_, i) => i !== 4), { dryRun: false });
    expect(statuses(rerun).filter((s) => s === 'repeat')).toHaveLength(written.length);
    expect(statuses(rerun).filter((s) => s === 'written')).toHaveLength(notWritten.length);
  });
});
