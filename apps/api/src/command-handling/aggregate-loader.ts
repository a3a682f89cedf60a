import { Inject, Injectable } from '@nestjs/common';
import type { Decider } from '@tracker/domain';
import type { EventStore, RecordedEvent } from '@tracker/event-store';
import { EVENT_STORE } from '../event-store-info/event-store.token';

/** Folds a stream (or, from a state already folded, the rest of it) into its decider's state: the write side's only source of truth. */
export function foldHistory<State, Command, Event>(
  decider: Decider<State, Command, Event>,
  history: readonly RecordedEvent[],
  from: State = decider.initialState(),
): State {
  // Boundary: events in the store were written from the decider's own event types.
  return history.reduce((state, e) => decider.evolve(state, { type: e.type, data: e.data } as unknown as Event), from);
}

@Injectable()
export class AggregateLoader {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async load<State, Command, Event>(streamId: string, decider: Decider<State, Command, Event>): Promise<State> {
    return foldHistory(decider, await this.store.readStream(streamId));
  }
}
