// 爱心一日捐: which 部门工会 have remitted to a campaign and which have not, from the unions the
// campaign expects (its org chart) and the donations recorded (voided ones do not count).
import { sumYuan } from '../../lib/money';

export interface ExpectedUnion {
  readonly id: string;
  readonly name: string;
  readonly path: readonly string[];
}

export interface RecordedDonation {
  readonly unionId: string;
  readonly unionPath: readonly string[];
  readonly amount: string;
  readonly donorCount: number;
  readonly receivedOn: string;
  readonly voided: boolean;
}

export interface UnionRemittance {
  readonly unionId: string;
  /** The union's name: as the org chart has it now, or as the donation recorded it. */
  readonly name: string;
  readonly remitted: boolean;
  /** Sum of its counted donations, in yuan ("0.00" when none). */
  readonly amount: string;
  readonly donorCount: number;
  /** Its counted donations (a union may remit in several instalments). */
  readonly donations: number;
  /** The latest date received, when it has remitted. */
  readonly lastReceivedOn?: string;
}

export interface RemittanceProgress {
  /** Those still to remit first (what the treasurer chases), then those done, each in chart order. */
  readonly unions: readonly UnionRemittance[];
  readonly remittedCount: number;
  readonly expectedCount: number;
}

/**
 * Every expected union with what it remitted, plus any union that remitted without being expected
 * (one retired since, say): a recorded donation is never hidden.
 */
export function remittanceProgress(expected: readonly ExpectedUnion[], donations: readonly RecordedDonation[]): RemittanceProgress {
  const counted = donations.filter((donation) => !donation.voided);
  const byUnion = new Map<string, RecordedDonation[]>();
  for (const donation of counted) byUnion.set(donation.unionId, [...(byUnion.get(donation.unionId) ?? []), donation]);
  const expectedIds = new Set(expected.map((union) => union.id));
  const unexpected = [...byUnion.entries()]
    .filter(([id]) => !expectedIds.has(id))
    .map(([id, list]) => ({ id, name: list[0]?.unionPath.at(-1) ?? '（未知工会）', path: list[0]?.unionPath ?? [] }));
  const rows = [...expected, ...unexpected].map((union): UnionRemittance => {
    const list = byUnion.get(union.id) ?? [];
    const lastReceivedOn = list.map((d) => d.receivedOn).sort().at(-1);
    return {
      unionId: union.id,
      name: union.name,
      remitted: list.length > 0,
      amount: sumYuan(list.map((d) => d.amount)),
      donorCount: list.reduce((sum, d) => sum + d.donorCount, 0),
      donations: list.length,
      ...(lastReceivedOn ? { lastReceivedOn } : {}),
    };
  });
  const remittedCount = rows.filter((row) => row.remitted).length;
  return {
    unions: [...rows.filter((row) => !row.remitted), ...rows.filter((row) => row.remitted)],
    remittedCount,
    expectedCount: expected.length + unexpected.length,
  };
}
