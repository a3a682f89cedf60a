// The emmett-style decider: three plain functions, no framework.

export interface Decider<State, Command, Event> {
  readonly initialState: () => State;
  readonly evolve: (state: State, event: Event) => State;
  /** Returns the new events (possibly none, for an idempotent repeat) or throws a DomainError. */
  readonly decide: (command: Command, state: State) => readonly Event[];
}

/** Rebuild a state from its stream. */
export const foldEvents = <State, Command, Event>(decider: Decider<State, Command, Event>, events: readonly Event[]): State =>
  events.reduce(decider.evolve, decider.initialState());
