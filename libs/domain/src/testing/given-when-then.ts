// Given/When/Then for deciders (after oskardudycz's EventSourcing.NodeJS helper). Test-only: it
// uses jest's `expect`, so it is reached through libs/domain/src/testing, never through index.ts.
import type { Decider } from '../shared/decider';
import type { DomainError } from '../shared/errors';

type ErrorClass = abstract new (...args: never[]) => DomainError;

export interface WhenResult<Event> {
  then(expected: readonly Event[]): void;
  thenThrows(errorClass: ErrorClass, partial?: Record<string, unknown>): void;
  /** The raw events, for assertions the other two cannot express. */
  events(): readonly Event[];
}

export function given<State, Command, Event>(decider: Decider<State, Command, Event>, history: readonly Event[] = []) {
  return {
    when(command: Command): WhenResult<Event> {
      const run = () => decider.decide(command, history.reduce(decider.evolve, decider.initialState()));
      return {
        then(expected) {
          expect(run()).toEqual(expected);
        },
        thenThrows(errorClass, partial) {
          let caught: unknown;
          try {
            run();
          } catch (error) {
            caught = error;
          }
          expect(caught).toBeInstanceOf(errorClass);
          if (partial) expect(caught).toMatchObject(partial);
        },
        events: run,
      };
    },
  };
}

/** Deterministic UUIDs for test data: uuid(7) → '00000000-0000-4000-8000-000000000007'. */
export const uuid = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** Matcher for a ValidationError listing an issue on `field` (and possibly others). */
export const issueOn = (field: string) => ({ issues: expect.arrayContaining([expect.objectContaining({ field })]) });
