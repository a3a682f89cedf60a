import { Inject, Injectable } from '@nestjs/common';
import type { Decider, TrackerEvent } from '@tracker/domain';
import { toTrackerEvent } from '@tracker/domain';
import type { EventStore, RecordedEvent } from '@tracker/event-store';
import { EVENT_STORE } from '../event-store-info/event-store.token';

/** Folds a stream (or, from a state already folded, the rest of it) into its decider's state: the write side's only source of truth. */
export function foldHistory<State, Command, Event>(
  decider: Decider<State, Command, Event>,
  history: readonly RecordedEvent[],
  from: State = decider.initialState(),
): State {
  // Every stored event goes through the domain's seam (upcast to its current shape), typed as the
  // domain events this decider takes. A type the domain does not know is left out, as evolve
  // would ignore it.
  return history.reduce((state, stored) => {
    const event = toTrackerEvent<Extract<TrackerEvent, Event>>(stored);
    return event === undefined ? state : decider.evolve(state, event);
  }, from);
}

@Injectable()
export class AggregateLoader {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async load<State, Command, Event>(streamId: string, decider: Decider<State, Command, Event>): Promise<State> {
    return foldHistory(decider, await this.store.readStream(streamId));
  }
}
