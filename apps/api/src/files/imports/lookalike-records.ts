// The seam for issue 14 item 2's duplicate rule: a row of a new file that looks like a record
// already kept (same unit and date, and the same title, site or amount) is still imported, but
// its dry run warns, naming the other record, so a corrected copy of last week's sheet is not
// counted twice. The rule is the ledgers' (one home); the import only asks it.
import type { ImportKind } from '@tracker/domain';
import type { Caller } from '../../auth/current-principal.decorator';

export interface LookalikeRecords {
  /** A warning per row number, for the rows that look like a record already kept. */
  warningsFor<Row>(kind: ImportKind, rows: readonly { readonly number: number; readonly row: Row }[], caller: Caller): Promise<ReadonlyMap<number, string>>;
}

export const LOOKALIKE_RECORDS = Symbol('LOOKALIKE_RECORDS');

/** Until the ledgers' duplicate rule lands on main, no row is warned about: NOT the rule itself. */
export const NO_LOOKALIKE_CHECK_YET: LookalikeRecords = {
  warningsFor: () => Promise.resolve(new Map()),
};
