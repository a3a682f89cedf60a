// Group commit in the client (issue 18, decision 1): appends from concurrent callers share one
// statement, so one transaction and one commit, instead of one each. No timer waits for company:
// an append that finds a statement slot free is sent at once, alone, on the adapter's usual path;
// appends that arrive while every slot is busy queue, and the next free slot sends the queue as
// ONE statement (GROUP_APPEND_SQL). Each append keeps its own expectation and is written whole or
// not at all; one caller's conflict or repeat is answered from the same statement as the others.
//
// Two appends to one stream never share a statement, nor do two that name one event id: the later
// waits for the next statement, so it sees the earlier one's outcome and appends to one stream
// keep their call order. A caller is answered when its statement returns, i.e. once it committed.
import type { AppendResult } from '../event-store.port';
import type { GroupMember, GroupOutcome } from './append-steps';

export interface CoalescerSteps {
  /** One append on its own (the adapter's usual statements and retries); also takes empty appends. */
  alone(member: GroupMember): Promise<AppendResult>;
  /** Several appends to distinct streams, with distinct ids, in one statement: one outcome each, in order. */
  together(members: readonly GroupMember[]): Promise<GroupOutcome[]>;
  /**
   * A group statement failed as a whole: true when the cause may be one member's (its input, or a
   * race on one of its later events), so that running each alone gives each its own answer.
   */
  blamesOneMember(error: unknown): boolean;
}

export interface CoalescerLimits {
  /** Append statements in flight at once; more callers than this wait and share the next one. */
  readonly statements: number;
  /** At most this many events in one group statement. */
  readonly maxEvents: number;
  /** At most this many characters of JSON in one group statement (each json array stays far below jsonb's 256 MB). */
  readonly maxChars: number;
}

interface Pending extends GroupMember {
  resolve(result: AppendResult): void;
  reject(error: unknown): void;
}

export class AppendCoalescer {
  private queue: Pending[] = [];
  /** Streams with an append in flight: a later append to one waits, so it sees that outcome. */
  private readonly busyStreams = new Set<string>();
  private statementsInFlight = 0;
  private readonly idleWaiters: (() => void)[] = [];

  constructor(
    private readonly steps: CoalescerSteps,
    private readonly limits: CoalescerLimits,
  ) {}

  append(member: GroupMember): Promise<AppendResult> {
    return new Promise<AppendResult>((resolve, reject) => {
      this.queue.push({ ...member, resolve, reject });
      this.pump();
    });
  }

  /** Resolves once no append is queued or in flight (before the pool closes). */
  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private isIdle(): boolean {
    return this.queue.length === 0 && this.busyStreams.size === 0 && this.statementsInFlight === 0;
  }

  private pump(): void {
    while (this.statementsInFlight < this.limits.statements) {
      const group = this.takeGroup();
      if (group.length === 0) break;
      this.statementsInFlight += 1;
      void this.send(group);
    }
    if (this.isIdle()) for (const wake of this.idleWaiters.splice(0)) wake();
  }

  /** The queue's first sendable append, and after it every queued append that may share its statement. */
  private takeGroup(): Pending[] {
    const group: Pending[] = [];
    const ids = new Set<string>();
    // A stream whose append stays queued keeps its later appends queued too: call order holds.
    const held = new Set<string>();
    const left: Pending[] = [];
    let events = 0;
    let chars = 0;
    for (const pending of this.queue) {
      const { streamId, request } = pending;
      const free = !this.busyStreams.has(streamId) && !held.has(streamId);
      const lead = group[0];
      const shares =
        lead === undefined ||
        (this.mayShare(lead) &&
          this.mayShare(pending) &&
          events + request.batch.length <= this.limits.maxEvents &&
          chars + request.chars <= this.limits.maxChars &&
          request.batch.every((event) => !ids.has(event.eventId)));
      if (!free || !shares) {
        held.add(streamId);
        left.push(pending);
        continue;
      }
      group.push(pending);
      this.busyStreams.add(streamId);
      for (const event of request.batch) ids.add(event.eventId);
      events += request.batch.length;
      chars += request.chars;
    }
    this.queue = left;
    return group;
  }

  /** An empty append (a check only) or one too large for a group statement goes alone. */
  private mayShare({ request }: GroupMember): boolean {
    return request.batch.length > 0 && request.batch.length <= this.limits.maxEvents && request.chars <= this.limits.maxChars;
  }

  /**
   * Runs one statement for the group. When it returns, the next statement is sent before any
   * caller is answered (a caller's continuation may run a while), and a member that must still
   * run alone goes on by itself, without its slot.
   */
  private async send(group: readonly Pending[]): Promise<void> {
    const [only] = group;
    const answers: Answer[] =
      only && group.length === 1 ? [await this.settle(this.steps.alone(only))] : await this.together(group);
    this.statementsInFlight -= 1;
    group.forEach((member, index) => {
      if (answers[index]?.kind !== 'again') this.busyStreams.delete(member.streamId);
    });
    this.pump();
    group.forEach((member, index) => {
      const answer = answers[index] ?? { kind: 'failed', error: new Error('A group append returned fewer outcomes than members.') };
      switch (answer.kind) {
        case 'done':
          member.resolve(answer.result);
          break;
        case 'failed':
          member.reject(answer.error);
          break;
        case 'again':
          void this.runAlone(member);
          break;
        default: {
          const unknown: never = answer;
          throw new Error(`Unknown answer ${JSON.stringify(unknown)}`);
        }
      }
    });
  }

  private async together(group: readonly Pending[]): Promise<Answer[]> {
    try {
      const outcomes = await this.steps.together(group);
      return outcomes.map((outcome): Answer => {
        switch (outcome.kind) {
          case 'settled':
            return { kind: 'done', result: outcome.result };
          case 'refused':
            return { kind: 'failed', error: outcome.error };
          case 'raced':
            return { kind: 'again' };
          default: {
            const unknown: never = outcome;
            throw new Error(`Unknown group outcome ${JSON.stringify(unknown)}`);
          }
        }
      });
    } catch (error) {
      const answer: Answer = this.steps.blamesOneMember(error) ? { kind: 'again' } : { kind: 'failed', error };
      return group.map(() => answer);
    }
  }

  /** A member that must run alone after its group: it keeps its stream, not a statement slot. */
  private async runAlone(member: Pending): Promise<void> {
    const answer = await this.settle(this.steps.alone(member));
    this.busyStreams.delete(member.streamId);
    this.pump();
    if (answer.kind === 'done') member.resolve(answer.result);
    else member.reject(answer.kind === 'failed' ? answer.error : new Error('An append run alone asked to run again.'));
  }

  private async settle(result: Promise<AppendResult>): Promise<Answer> {
    try {
      return { kind: 'done', result: await result };
    } catch (error) {
      return { kind: 'failed', error };
    }
  }
}

/** What a statement said about one member: its answer, or that it must run (again) alone. */
type Answer = { readonly kind: 'done'; readonly result: AppendResult } | { readonly kind: 'failed'; readonly error: unknown } | { readonly kind: 'again' };
