import type { Decider } from '@tracker/domain';
import type { EventStore, RecordedEvent } from '@tracker/event-store';
import { foldHistory } from './aggregate-loader';

interface Folded<State> {
  readonly state: State;
  /** The stream version folded into `state` (0: nothing yet). */
  readonly version: number;
  /** Id of the event at `version`, to notice a stream that is not the one folded (a replaced database). */
  readonly lastEventId: string | undefined;
}

/**
 * A company-wide aggregate that commands read (the 组织 org chart for snapshots and scope checks,
 * the 街道 list), folded from its single stream.
 *
 * It is kept folded in memory and each call reads only the stream's tail after the folded
 * version. A call is answered by a read that STARTED after the call was made, so it sees every
 * change committed before the request, exactly as a full read would: never a stale state for a
 * check. Calls that arrive while a read is in flight share the one read queued behind it, which
 * keeps round trips down under load.
 */
export class FoldedStreamReader<State, Command, Event> {
  private folded: Folded<State>;
  private inFlight: Promise<State> | undefined;
  private queued: Promise<State> | undefined;

  constructor(
    private readonly store: EventStore,
    private readonly streamId: string,
    private readonly decider: Decider<State, Command, Event>,
  ) {
    this.folded = this.empty();
  }

  current(): Promise<State> {
    // The queued read has not started yet, so it starts after this call: join it.
    if (this.queued) return this.queued;
    if (!this.inFlight) return this.startRead();
    // The read in flight may have started before this call: queue one behind it.
    const queued = this.inFlight
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        this.queued = undefined;
        return this.startRead();
      });
    this.queued = queued;
    return queued;
  }

  private startRead(): Promise<State> {
    const read = this.readTail().finally(() => {
      if (this.inFlight === read) this.inFlight = undefined;
    });
    this.inFlight = read;
    return read;
  }

  private async readTail(): Promise<State> {
    const folded = this.folded;
    // From the folded version itself: that event must still be there, with the same id.
    const tail = folded.version === 0 ? await this.store.readStream(this.streamId) : await this.store.readStream(this.streamId, { from: folded.version });
    const next = continues(folded, tail) ? this.extend(folded, tail.slice(folded.version === 0 ? 0 : 1)) : this.refold(await this.store.readStream(this.streamId));
    this.folded = next;
    return next.state;
  }

  private empty(): Folded<State> {
    return { state: this.decider.initialState(), version: 0, lastEventId: undefined };
  }

  private extend(folded: Folded<State>, events: readonly RecordedEvent[]): Folded<State> {
    const last = events.at(-1);
    if (!last) return folded;
    return { state: foldHistory(this.decider, events, folded.state), version: last.streamVersion, lastEventId: last.eventId };
  }

  private refold(history: readonly RecordedEvent[]): Folded<State> {
    const last = history.at(-1);
    return last ? { state: foldHistory(this.decider, history), version: last.streamVersion, lastEventId: last.eventId } : this.empty();
  }
}

function continues<State>(folded: Folded<State>, tail: readonly RecordedEvent[]): boolean {
  if (folded.version === 0) return tail[0] === undefined || tail[0].streamVersion === 1;
  return tail[0]?.streamVersion === folded.version && tail[0].eventId === folded.lastEventId;
}
