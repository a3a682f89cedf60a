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

/** Each command type's decide step, side by side; a missing or mismatched step fails to compile. */
export type DecideSteps<State, Command extends { readonly type: string }, Event> = {
  readonly [Type in Command['type']]: (command: Extract<Command, { readonly type: Type }>, state: State) => readonly Event[];
};

/** A decider whose `decide` hands each command to its own step. */
export function deciderOf<State, Command extends { readonly type: string }, Event>(
  initialState: () => State,
  evolve: (state: State, event: Event) => State,
  steps: DecideSteps<State, Command, Event>,
): Decider<State, Command, Event> {
  return {
    initialState,
    evolve,
    decide: (command, state) => {
      // The table is keyed by the command's own type, so this step takes exactly this command;
      // TypeScript cannot correlate the two through the union, hence the one widening here.
      const step = steps[command.type as Command['type']] as (command: Command, state: State) => readonly Event[];
      return step(command, state);
    },
  };
}

/** The end of every `evolve` switch: `_event` is `never` once each event type has its case, and an event of another kind leaves the state as it is. */
export const ignoreEvent = <State>(_event: never, state: State): State => state;
