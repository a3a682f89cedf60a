// A row of a new file that looks like a record already kept (the ledgers' duplicate rule, issue 14
// item 2: same unit and date, and the same title, site or amount) is still imported, but its
// check warns, naming the other record, so that a corrected copy of last week's sheet is not
// counted twice. The rule is the ledgers' (one home: LedgerQueries.lookAlikes); this only asks it,
// for the whole sheet at once.
import { Injectable } from '@nestjs/common';
import type { LookAlikeCandidate } from '@tracker/projections';
import { Ledgers } from '../../ledgers/ledgers';

export interface RowCandidate {
  readonly number: number;
  readonly candidate: LookAlikeCandidate | undefined;
  /** The record the row makes: an import of the same file again does not warn about itself. */
  readonly recordId: string;
}

@Injectable()
export class LookalikeRecords {
  constructor(private readonly ledgers: Ledgers) {}

  /** A warning per look-alike, by row number. */
  async warningsFor(rows: readonly RowCandidate[]): Promise<{ row: number; message: string }[]> {
    const checked = rows.filter((r): r is RowCandidate & { candidate: LookAlikeCandidate } => r.candidate !== undefined);
    if (checked.length === 0) return [];
    const found = await this.ledgers.queries.lookAlikes(
      checked.map((r) => r.candidate),
      new Set(rows.map((r) => r.recordId)),
    );
    return checked.flatMap((r, i) => (found[i] ?? []).map((lookAlike) => ({ row: r.number, message: lookAlike.warning })));
  }
}
