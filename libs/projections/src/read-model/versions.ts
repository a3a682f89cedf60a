// Row versions, the temporal read model `asOf` reads (docs/design.md §5): every row a record has
// had, from the event that wrote it to the event that replaced it, by log position and by the
// time each was recorded. The row tables keep the current version with when it began; a row an
// event replaces goes to its table's versions with when it began and ended. The totals at an
// instant are then the contributions of the rows valid at that instant (totals.ts), counted by the
// same one function as the live totals, instead of a fold of the year's events.
import type { EventMeta } from './apply-event';
import type { TableRow } from './rows';

/** When a row version began: the event that wrote it, and when that was recorded (ms since the epoch). */
export interface VersionStart {
  readonly position: number;
  readonly at: number;
}

/** A row as it stood from one event to the next that changed it. */
export interface ClosedVersion {
  readonly entry: TableRow;
  readonly began: VersionStart;
  readonly ended: VersionStart;
}

/**
 * The version an event starts. It never begins before the version it replaces: with clocks that
 * disagree (two api instances), a later event may carry an earlier time, and the versions of one
 * row must still follow one another (an instant sees one version of a row, never two).
 */
export function versionStartedBy(meta: EventMeta, replaced: VersionStart | undefined): VersionStart {
  const at = Date.parse(meta.recordedAt);
  return { position: meta.position, at: replaced === undefined || at >= replaced.at ? at : replaced.at };
}

/** A version that began before the row tables kept versions (a generation a rebuild will replace). */
export const UNKNOWN_START: VersionStart = { position: 0, at: 0 };

/** The key of a row in the version maps, as in the touched list. */
export const versionKey = (table: string, id: string): string => `${table}:${id}`;
