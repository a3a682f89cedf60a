// The coalescer's rules with scripted statements: when an append goes alone, what shares a statement,
// and how each member is answered. The same rules against real PostgreSQL: the contract suite and
// postgres-event-store.int.spec.ts.
import { anEvent, someEvents } from '../contract/test-events';
import type { AppendResult, NewEvent } from '../event-store.port';
import { ConcurrencyError } from '../event-store.port';
import type { CoalescerSteps } from './append-coalescer';
import { AppendCoalescer } from './append-coalescer';
import type { GroupMember, GroupOutcome } from './append-steps';
import { prepareAppend } from './append-steps';

interface Deferred<T> {
  readonly promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const written = (version: number): AppendResult => ({ nextExpectedVersion: version, lastPosition: { transactionId: 7n, globalPosition: BigInt(version) }, written: true });

/** Steps whose every statement waits until the test answers it. */
class ScriptedSteps implements CoalescerSteps {
  readonly calls: { readonly kind: 'alone' | 'together'; readonly streams: readonly string[] }[] = [];
  readonly alones: Deferred<AppendResult>[] = [];
  readonly togethers: Deferred<GroupOutcome[]>[] = [];
  blame = true;

  alone(member: GroupMember): Promise<AppendResult> {
    this.calls.push({ kind: 'alone', streams: [member.streamId] });
    const next = deferred<AppendResult>();
    this.alones.push(next);
    return next.promise;
  }

  together(members: readonly GroupMember[]): Promise<GroupOutcome[]> {
    this.calls.push({ kind: 'together', streams: members.map((member) => member.streamId) });
    const next = deferred<GroupOutcome[]>();
    this.togethers.push(next);
    return next.promise;
  }

  blamesOneMember(): boolean {
    return this.blame;
  }
}

const member = (streamId: string, events: readonly NewEvent[] = someEvents(1)): GroupMember => ({ streamId, request: prepareAppend(streamId, events, 'any') });
const settled = (version: number): GroupOutcome => ({ kind: 'settled', result: written(version) });
const flush = () => new Promise((resolve) => setImmediate(resolve));

function setUp(statements = 1, limits: { maxEvents?: number; maxChars?: number } = {}) {
  const steps = new ScriptedSteps();
  const coalescer = new AppendCoalescer(steps, { statements, maxEvents: limits.maxEvents ?? 100, maxChars: limits.maxChars ?? 1_000_000 });
  return { steps, coalescer };
}

describe('AppendCoalescer', () => {
  it('sends a lone append at once, alone: nothing waits for company', () => {
    const { steps, coalescer } = setUp();
    void coalescer.append(member('a'));
    // Synchronously, inside the call: no timer, no tick.
    expect(steps.calls).toEqual([{ kind: 'alone', streams: ['a'] }]);
  });

  it('queues what arrives while the statements are busy and sends it as ONE statement when one returns', async () => {
    const { steps, coalescer } = setUp();
    const first = coalescer.append(member('a'));
    const rest = ['b', 'c', 'd'].map((stream) => coalescer.append(member(stream)));
    expect(steps.calls).toHaveLength(1);

    steps.alones[0]?.resolve(written(1));
    expect(await first).toEqual(written(1));
    expect(steps.calls[1]).toEqual({ kind: 'together', streams: ['b', 'c', 'd'] });
    steps.togethers[0]?.resolve([settled(1), settled(2), settled(3)]);
    expect(await Promise.all(rest)).toEqual([written(1), written(2), written(3)]);
  });

  it('runs as many statements at once as allowed before queueing', () => {
    const { steps, coalescer } = setUp(2);
    for (const stream of ['a', 'b', 'c', 'd']) void coalescer.append(member(stream));
    expect(steps.calls).toEqual([
      { kind: 'alone', streams: ['a'] },
      { kind: 'alone', streams: ['b'] },
    ]);
  });

  it('never puts two appends to one stream in a statement: the later goes in the next one, once the earlier is decided', async () => {
    const { steps, coalescer } = setUp();
    const answered: string[] = [];
    const track = (name: string, append: Promise<AppendResult>) => append.then(() => answered.push(name));
    const appends = [
      track('lead', coalescer.append(member('lead'))),
      track('s1', coalescer.append(member('s'))),
      track('t', coalescer.append(member('t'))),
      track('s2', coalescer.append(member('s'))),
      track('u', coalescer.append(member('u'))),
    ];
    steps.alones[0]?.resolve(written(1));
    await flush();
    expect(steps.calls[1]).toEqual({ kind: 'together', streams: ['s', 't', 'u'] });
    steps.togethers[0]?.resolve([settled(1), settled(1), settled(1)]);
    await flush();
    expect(steps.calls[2]).toEqual({ kind: 'alone', streams: ['s'] });
    expect(answered).toEqual(['lead', 's1', 't', 'u']);
    steps.alones[1]?.resolve(written(2));
    await Promise.all(appends);
    expect(answered).toEqual(['lead', 's1', 't', 'u', 's2']);
  });

  it('never puts one event id twice in a statement', async () => {
    const { steps, coalescer } = setUp();
    const shared = anEvent();
    void coalescer.append(member('lead'));
    void coalescer.append(member('a', [shared]));
    void coalescer.append(member('b', [anEvent(), shared]));
    void coalescer.append(member('c'));
    steps.alones[0]?.resolve(written(1));
    await flush();
    expect(steps.calls[1]).toEqual({ kind: 'together', streams: ['a', 'c'] });
  });

  it('keeps a statement within its event limit, and sends an empty or oversized append alone', async () => {
    const { steps, coalescer } = setUp(1, { maxEvents: 4 });
    void coalescer.append(member('lead'));
    void coalescer.append(member('a', someEvents(3)));
    void coalescer.append(member('b', someEvents(2)));
    void coalescer.append(member('c', someEvents(1)));
    void coalescer.append(member('big', someEvents(5)));
    void coalescer.append(member('empty', []));
    steps.alones[0]?.resolve(written(1));
    await flush();
    expect(steps.calls[1]).toEqual({ kind: 'together', streams: ['a', 'c'] });
    steps.togethers[0]?.resolve([settled(3), settled(1)]);
    await flush();
    expect(steps.calls[2]).toEqual({ kind: 'alone', streams: ['b'] });
    steps.alones[1]?.resolve(written(2));
    await flush();
    expect(steps.calls[3]).toEqual({ kind: 'alone', streams: ['big'] });
    steps.alones[2]?.resolve(written(5));
    await flush();
    expect(steps.calls[4]).toEqual({ kind: 'alone', streams: ['empty'] });
  });

  it('answers each member from the shared statement: a refusal fails only its own caller, a raced member goes on alone', async () => {
    const { steps, coalescer } = setUp();
    void coalescer.append(member('lead'));
    const [ok, refused, raced, alsoOk] = ['ok', 'refused', 'raced', 'also-ok'].map((stream) => coalescer.append(member(stream)));
    steps.alones[0]?.resolve(written(1));
    await flush();
    const conflict = new ConcurrencyError('refused', 'any', 3);
    steps.togethers[0]?.resolve([settled(1), { kind: 'refused', error: conflict }, { kind: 'raced' }, settled(1)]);

    expect(await ok).toEqual(written(1));
    await expect(refused).rejects.toBe(conflict);
    expect(await alsoOk).toEqual(written(1));
    // Only the raced member runs again, alone, and its caller waits for that alone.
    expect(steps.calls[2]).toEqual({ kind: 'alone', streams: ['raced'] });
    steps.alones[1]?.resolve(written(2));
    expect(await raced).toEqual(written(2));
  });

  it('runs each member of a failed statement alone when one may be to blame, and fails them all when none can be', async () => {
    const { steps, coalescer } = setUp();
    void coalescer.append(member('lead'));
    const blamed = ['a', 'b'].map((stream) => coalescer.append(member(stream)));
    steps.alones[0]?.resolve(written(1));
    await flush();
    steps.togethers[0]?.reject(new Error('unique_violation on a later event'));
    await flush();
    expect(steps.calls.slice(2)).toEqual([
      { kind: 'alone', streams: ['a'] },
      { kind: 'alone', streams: ['b'] },
    ]);
    steps.alones[1]?.reject(new Error('a 的重复事件'));
    steps.alones[2]?.resolve(written(1));
    await expect(blamed[0]).rejects.toThrow('a 的重复事件');
    expect(await blamed[1]).toEqual(written(1));

    steps.blame = false;
    void coalescer.append(member('lead2'));
    const failed = ['c', 'd'].map((stream) => coalescer.append(member(stream)));
    steps.alones[3]?.resolve(written(1));
    await flush();
    const down = new Error('connection lost');
    steps.togethers[1]?.reject(down);
    await Promise.all(failed.map((append) => expect(append).rejects.toBe(down)));
    expect(steps.calls).toHaveLength(6);
  });

  it('is idle once every append is answered', async () => {
    const { steps, coalescer } = setUp();
    await coalescer.idle();
    const appends = ['a', 'b'].map((stream) => coalescer.append(member(stream)));
    let idle = false;
    const idling = coalescer.idle().then(() => (idle = true));
    steps.alones[0]?.resolve(written(1));
    await flush();
    expect(idle).toBe(false);
    steps.alones[1]?.resolve(written(1));
    await Promise.all([...appends, idling]);
    expect(idle).toBe(true);
  });
});
