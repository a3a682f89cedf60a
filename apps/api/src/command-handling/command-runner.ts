import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  type AllPosition,
  type AppendResult,
  ConcurrencyError,
  DuplicateEventError,
  type EventMetadata,
  type EventStore,
  type NewEvent,
  type RecordedEvent,
} from '@tracker/event-store';
import type { Decider } from '@tracker/domain';
import { EVENT_STORE } from '../event-store-info/event-store.token';
import { ForbiddenError, IdempotencyKeyReusedError } from '../errors/app-errors';
import { DomainError } from '@tracker/domain';
import { foldHistory } from './aggregate-loader';
import { COMMAND_AUDITOR, type CommandAuditor } from './command-auditor';
import { READ_YOUR_WRITES, type ReadYourWrites } from './read-your-writes';
import { deterministicUuid } from './deterministic-id';
import { eventDataOf } from './json-data';

/** What every domain event is: a type and plain data (docs/design.md §3). */
export type StorableEvent = { readonly type: string; readonly data: object };

/** Who asks, and how to recognise a repeat of the same request. */
export interface CommandContext {
  readonly subject: string;
  /** The person's name as it is when they act (an account's display name, a token's `name`). */
  readonly subjectName?: string;
  readonly correlationId: string;
  /** Set when the caller sent an idempotencyKey; scoped to `subject`. */
  readonly idempotency?: { readonly key: string; readonly fingerprint: string };
}

export interface CommandOutcome<State> {
  /** The stream's state after the command (or after the original request, for a repeat). */
  readonly state: State;
  /** Global position of the last event this request wrote (or originally wrote). */
  readonly position: bigint;
}

export interface RunCommandOptions<Command, Event extends StorableEvent, State> {
  readonly streamId: string;
  readonly decider: Decider<State, Command, Event>;
  /** Built afresh on every attempt, so snapshots of other aggregates (e.g. the org chart) stay current. */
  readonly command: (state: State) => Command | Promise<Command>;
  /**
   * The kind's access check (its `<kind>-access.ts`), run on every attempt once the stream is
   * folded and the command built, before anything else: it usually needs the loaded record (its
   * owner) or the command's snapshots (a new organizer), and a refused caller learns nothing, not
   * even the answer to an earlier request with the same idempotency key.
   */
  readonly authorize: (state: State, command: Command) => void;
  readonly context: CommandContext;
  /**
   * The stream id was made for this request by `newRecordId`: a random id, or one derived from the
   * idempotency key, whose stream exists only if an earlier request with that key created it.
   * The first attempt then appends without reading the stream; see `appendToFreshStream`.
   */
  readonly freshStream?: boolean;
  /**
   * Runs once the command is decided and has something to write, just before the append, on
   * every attempt: for state kept beside the log that must be in place before the fact is
   * recorded (an account's password hash). Never for a repeat or a refusal. A command with it
   * skips the fresh-stream path, where whether the stream exists is known only after appending.
   */
  readonly beforeAppend?: (events: readonly Event[], state: State) => Promise<void>;
}

// Enough for 100 concurrent writers on one stream: each conflict means another writer made progress.
const MAX_ATTEMPTS = 120;

/** What became of one command of a batch (`runBatch`). */
export type BatchItemOutcome =
  /** A dry run: it would be written. */
  | { readonly status: 'would-write' }
  | { readonly status: 'written'; readonly position: bigint }
  /** Already recorded by an earlier request with the same idempotency key (or exactly these facts): nothing to write. */
  | { readonly status: 'repeat' }
  /** Refused by its access check or its decider, or its key was used for other data. */
  | { readonly status: 'refused'; readonly error: Error }
  /** Not written: the batch stopped before it (the first write that failed is `refused`). */
  | { readonly status: 'not-written' };

// Appends of one batch to different streams in flight at once.
const BATCH_APPEND_CONCURRENCY = 8;

/** A caller's mistake that refuses one command of a batch, not a fault of the server. */
const isRefusal = (error: unknown): error is Error => error instanceof DomainError || error instanceof ForbiddenError || error instanceof IdempotencyKeyReusedError;

interface StreamPlan<Event extends StorableEvent> {
  readonly streamId: string;
  /** Indices into the batch, in batch order. */
  readonly items: readonly number[];
  readonly expectedVersion: number;
  readonly events: readonly NewEvent[];
  /** How many of `events` each item decided (0 for a repeat or a refusal). */
  readonly counts: readonly number[];
  readonly decided: readonly (readonly Event[])[];
}

/**
 * Load → fold → decide → append with the expected version (docs/design.md §2). A version clash means
 * another request appended first: reload and decide again, so concurrent corrections are
 * neither lost nor doubled.
 */
@Injectable()
export class CommandRunner {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_YOUR_WRITES) private readonly readYourWrites: ReadYourWrites,
    @Inject(COMMAND_AUDITOR) private readonly auditor: CommandAuditor,
  ) {}

  async run<Command, Event extends StorableEvent, State>(
    options: RunCommandOptions<Command, Event, State>,
  ): Promise<CommandOutcome<State>> {
    const { outcome, logPosition } = await this.decideAndAppend(options);
    if (logPosition) await this.readYourWrites.waitUntilCounted(logPosition);
    return outcome;
  }

  private async decideAndAppend<Command, Event extends StorableEvent, State>(
    options: RunCommandOptions<Command, Event, State>,
  ): Promise<{ outcome: CommandOutcome<State>; logPosition: AllPosition | undefined }> {
    if (options.freshStream && !options.beforeAppend) {
      const fresh = await this.appendToFreshStream(options);
      if (fresh) return fresh;
    }
    const { streamId, decider, context } = options;
    for (let attempt = 1; ; attempt++) {
      const history = await this.store.readStream(streamId);
      const state = foldHistory(decider, history);
      const command = await options.command(state);
      options.authorize(state, command);

      const earlier = context.idempotency && findEarlierRequest(history, context.subject, context.idempotency.key);
      if (earlier && context.idempotency) {
        if (earlier.metadata['payloadFingerprint'] !== context.idempotency.fingerprint) {
          throw new IdempotencyKeyReusedError(context.idempotency.key);
        }
        return { outcome: { state, position: earlier.position.globalPosition }, logPosition: earlier.position };
      }

      const decided = decider.decide(command, state);
      if (decided.length === 0) {
        // The decider judged the command an exact repeat of what is already recorded.
        const last = history.at(-1);
        return { outcome: { state, position: last ? last.position.globalPosition : 0n }, logPosition: last?.position };
      }

      await options.beforeAppend?.(decided, state);
      try {
        const result = await this.append(streamId, toNewEvents(decided, streamId, history.length, context), {
          expectedVersion: history.length,
        });
        const next = decided.reduce((s, e) => decider.evolve(s, e), state);
        return { outcome: { state: next, position: result.lastPosition.globalPosition }, logPosition: result.lastPosition };
      } catch (error) {
        if (!(error instanceof ConcurrencyError) || attempt >= MAX_ATTEMPTS) throw error;
        await backoff(attempt);
      }
    }
  }

  /**
   * Many commands at once (a spreadsheet import), all or nothing: every command is authorized and
   * decided first, commands on one stream in order, each on the state the previous ones leave; only
   * when none is refused (and not for a dry run) are the streams appended to, each stream's events
   * in one append. A version clash re-reads and re-decides that stream, as `run` does. A stream
   * whose commands are refused on that second look (a concurrent change) stops the batch: streams
   * already appended stay written, which the outcomes say; their idempotency keys make a repeat of
   * the batch write only the rest. One read-your-writes wait covers the whole batch.
   */
  async runBatch<Command, Event extends StorableEvent, State>(
    items: readonly RunCommandOptions<Command, Event, State>[],
    options: { readonly dryRun: boolean },
  ): Promise<BatchItemOutcome[]> {
    const outcomes: BatchItemOutcome[] = items.map(() => ({ status: 'would-write' }));
    const streams = groupByStream(items);
    const histories = await this.readHistories([...streams.keys()]);
    const plans = [...streams].map(([streamId, indices]) => this.planStream(items, streamId, indices, histories.get(streamId) ?? [], outcomes));
    if (options.dryRun || outcomes.some((o) => o.status === 'refused')) return outcomes;

    const written: AllPosition[] = [];
    let stopped = false;
    const pending = plans.filter((plan) => plan.events.length > 0);
    const worker = async () => {
      for (let plan = pending.shift(); plan && !stopped; plan = pending.shift()) {
        const position = await this.appendPlan(items, plan, outcomes);
        if (position) written.push(position);
        else stopped = true;
      }
    };
    await Promise.all(Array.from({ length: BATCH_APPEND_CONCURRENCY }, worker));
    for (const plan of pending) for (const index of plan.items) if (outcomes[index]?.status === 'would-write') outcomes[index] = { status: 'not-written' };
    await Promise.all(written.map((position) => this.readYourWrites.waitUntilCounted(position)));
    return outcomes;
  }

  private async readHistories(streamIds: readonly string[]): Promise<Map<string, RecordedEvent[]>> {
    const byStream = new Map<string, RecordedEvent[]>(streamIds.map((id) => [id, []]));
    for (const event of await this.store.readStreams(streamIds)) byStream.get(event.streamId)?.push(event);
    return byStream;
  }

  /** Authorizes and decides a stream's commands in order; refusals and repeats go into `outcomes`. */
  private planStream<Command, Event extends StorableEvent, State>(
    items: readonly RunCommandOptions<Command, Event, State>[],
    streamId: string,
    indices: readonly number[],
    history: readonly RecordedEvent[],
    outcomes: BatchItemOutcome[],
  ): StreamPlan<Event> {
    const first = items[indices[0] ?? 0];
    if (!first) throw new Error('a stream plan needs at least one command');
    let state = foldHistory(first.decider, history);
    const earlierRequests = lastEventByRequest(history);
    const events: NewEvent[] = [];
    const counts: number[] = [];
    const decided: (readonly Event[])[] = [];
    for (const index of indices) {
      const item = items[index];
      if (!item) continue;
      const { context } = item;
      let these: readonly Event[] = [];
      try {
        // Commands that build their command asynchronously (a snapshot to load) are not batched.
        const command = item.command(state);
        if (command instanceof Promise) throw new TypeError('runBatch needs commands built synchronously');
        item.authorize(state, command);
        const earlier = context.idempotency && earlierRequests.get(requestKey(context.subject, context.idempotency.key));
        if (earlier && context.idempotency) {
          if (earlier.metadata['payloadFingerprint'] !== context.idempotency.fingerprint) throw new IdempotencyKeyReusedError(context.idempotency.key);
          outcomes[index] = { status: 'repeat' };
        } else {
          these = item.decider.decide(command, state);
          if (these.length === 0) outcomes[index] = { status: 'repeat' };
        }
      } catch (error) {
        if (!isRefusal(error)) throw error;
        outcomes[index] = { status: 'refused', error };
      }
      events.push(...toNewEvents(these, streamId, history.length + events.length, context));
      counts.push(these.length);
      decided.push(these);
      state = these.reduce((s, e) => item.decider.evolve(s, e), state);
    }
    return { streamId, items: indices, expectedVersion: history.length, events, counts, decided };
  }

  /** Appends one stream's events; on a clash, re-reads and re-decides it. Undefined when it was refused then. */
  private async appendPlan<Command, Event extends StorableEvent, State>(
    items: readonly RunCommandOptions<Command, Event, State>[],
    initial: StreamPlan<Event>,
    outcomes: BatchItemOutcome[],
  ): Promise<AllPosition | undefined> {
    let plan = initial;
    for (let attempt = 1; ; attempt++) {
      try {
        const result = await this.append(plan.streamId, plan.events, { expectedVersion: plan.expectedVersion });
        plan.items.forEach((index, i) => {
          if ((plan.counts[i] ?? 0) > 0) outcomes[index] = { status: 'written', position: result.lastPosition.globalPosition };
        });
        return result.lastPosition;
      } catch (error) {
        if (!(error instanceof ConcurrencyError) || attempt >= MAX_ATTEMPTS) throw error;
        await backoff(attempt);
        const history = (await this.readHistories([plan.streamId])).get(plan.streamId) ?? [];
        for (const index of plan.items) outcomes[index] = { status: 'would-write' };
        plan = this.planStream(items, plan.streamId, plan.items, history, outcomes);
        if (plan.items.some((index) => outcomes[index]?.status === 'refused')) {
          for (const index of plan.items) if (outcomes[index]?.status === 'would-write') outcomes[index] = { status: 'not-written' };
          return undefined;
        }
        if (plan.events.length === 0) return history.at(-1)?.position;
      }
    }
  }

  /**
   * A record-creating command usually targets a stream that does not exist yet, so reading it
   * first would return nothing: decide on the initial state and append with expectedVersion 0.
   * That append is refused (ConcurrencyError, DuplicateEventError) or is a no-op (written: false,
   * the same deterministic event ids are stored) exactly when the stream already exists, i.e. an
   * earlier request with this idempotency key created it. Then this returns undefined and the
   * caller takes the usual path (read, recognise the repeat or the CONFLICT, decide), so the
   * idempotency semantics are those of that path. Without an idempotency key the id is random
   * and the stream cannot exist.
   */
  private async appendToFreshStream<Command, Event extends StorableEvent, State>(
    options: RunCommandOptions<Command, Event, State>,
  ): Promise<{ outcome: CommandOutcome<State>; logPosition: AllPosition | undefined } | undefined> {
    const { streamId, decider, context } = options;
    const state = decider.initialState();
    const command = await options.command(state);
    options.authorize(state, command);
    let decided: readonly Event[];
    try {
      decided = decider.decide(command, state);
    } catch (error) {
      // A repeat must get its original answer even when deciding anew would now be refused
      // (its organizer retired since, say): only the usual path, which reads the stream, knows.
      if (context.idempotency) return undefined;
      throw error;
    }
    // Nothing to write on an empty stream: let the usual path answer, as it always has.
    if (decided.length === 0) return undefined;
    try {
      const result = await this.append(streamId, toNewEvents(decided, streamId, 0, context), { expectedVersion: 0 });
      if (!result.written) return undefined;
      const next = decided.reduce((s, e) => decider.evolve(s, e), state);
      return { outcome: { state: next, position: result.lastPosition.globalPosition }, logPosition: result.lastPosition };
    } catch (error) {
      if (error instanceof ConcurrencyError || error instanceof DuplicateEventError) return undefined;
      throw error;
    }
  }

  /**
   * Every command's events enter the log here: each append that writes them is audited at once,
   * whether or not the totals count it in time. A refusal or an idempotent repeat writes nothing.
   */
  private async append(streamId: string, events: readonly NewEvent[], options: { readonly expectedVersion: number }): Promise<AppendResult> {
    const result = await this.store.appendToStream(streamId, events, options);
    const last = events.at(-1);
    if (result.written && last) {
      const { recordedBy: subject, correlationId } = last.metadata;
      this.auditor.accepted({ streamId, eventTypes: events.map((event) => event.type), subject, correlationId, position: result.lastPosition });
    }
    return result;
  }
}

/** The batch's stream ids in first-seen order, each with the indices of its commands. */
function groupByStream(items: readonly { readonly streamId: string }[]): Map<string, number[]> {
  const streams = new Map<string, number[]>();
  items.forEach((item, index) => {
    const list = streams.get(item.streamId);
    if (list) list.push(index);
    else streams.set(item.streamId, [index]);
  });
  return streams;
}

const requestKey = (subject: string, key: string): string => `${subject}\u0000${key}`;

/** findEarlierRequest for every request of a stream at once: a batch of 10,000 rows asks 10,000 times. */
function lastEventByRequest(history: readonly RecordedEvent[]): Map<string, RecordedEvent> {
  const last = new Map<string, RecordedEvent>();
  for (const event of history) {
    const { idempotencyKey, recordedBy } = event.metadata;
    if (idempotencyKey !== undefined) last.set(requestKey(recordedBy, idempotencyKey), event);
  }
  return last;
}

function findEarlierRequest(history: readonly RecordedEvent[], subject: string, key: string): RecordedEvent | undefined {
  // The last event of the earlier request carries the position that request reported.
  return history.findLast((e) => e.metadata.idempotencyKey === key && e.metadata.recordedBy === subject);
}

function toNewEvents<Event extends StorableEvent>(
  events: readonly Event[],
  streamId: string,
  fromVersion: number,
  context: CommandContext,
): NewEvent[] {
  const recordedAt = new Date().toISOString();
  return events.map((event, index) => {
    const idempotency = context.idempotency;
    // With an idempotency key the ids are derived from it, so a crash-and-retry writes nothing twice.
    const eventId = idempotency
      ? deterministicUuid('event', context.subject, idempotency.key, streamId, String(fromVersion + index))
      : randomUUID();
    const metadata: EventMetadata = {
      eventId,
      recordedAt,
      recordedBy: context.subject,
      ...(context.subjectName !== undefined ? { recordedByName: context.subjectName } : {}),
      correlationId: context.correlationId,
      ...(idempotency ? { idempotencyKey: idempotency.key, payloadFingerprint: idempotency.fingerprint } : {}),
    };
    return { eventId, type: event.type, data: eventDataOf(event), metadata };
  });
}

function backoff(attempt: number): Promise<void> {
  const ceiling = Math.min(50, 2 ** Math.min(attempt, 6));
  return new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
}
