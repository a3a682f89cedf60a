import { Injectable } from '@nestjs/common';
import { candidateOf, LedgerQueries, type KeptRecord, type LookAlike } from '@tracker/projections';
import { ProjectionRuntime } from '../projections/projection-runtime';
import type { LazyLookAlikes } from '../shared/look-alikes';

/**
 * The ledgers' library API (LedgerQueries) over the running tracker's read model, and the duplicate
 * warnings every record-creating payload carries (docs/design.md §14).
 */
@Injectable()
export class Ledgers {
  private instance: LedgerQueries | undefined;

  constructor(private readonly projections: ProjectionRuntime) {}

  /** Made on first use: the read model's DataSource exists once the projections module has started. */
  get queries(): LedgerQueries {
    this.instance ??= new LedgerQueries({ dataSource: this.projections.readModel });
    return this.instance;
  }

  /**
   * The look-alikes of a record just written (read your writes: it is in the read model): the
   * records kept that it looks like, itself excluded, each named in Chinese. Asked for when a
   * request selects `warnings` or `lookAlikes` (shared/look-alikes.ts), and once however often it does.
   */
  lookAlikesOf(written: KeptRecord): LazyLookAlikes {
    let asked: Promise<readonly LookAlike[]> | undefined;
    return () => (asked ??= this.queries.lookAlikesOf(candidateOf(written), written.row.id));
  }
}
