// The duplicate warning (docs/design.md §14), one small rule: a record LOOKS LIKE one already kept
// when it is of the same kind, for the same unit, on the same date, with the same identifying facts
// (an activity's title and site, a shift's exam and site, a grant's or donation's amount…). Such a
// record is still recorded, because a person, not this rule, decides that it is a duplicate; the
// warning names the other record so that one of the two can be voided. The API's payloads and the
// import's dry run both ask it, through LedgerQueries.lookAlikes.
import { formatFenAsYuan } from '@tracker/domain';
import type { ActivityRow, AgreementRow, BoothRow, BoothSessionRow, CampaignRow, DonationRow, ExamShiftRow, ReliefGrantRow } from '../read-model/rows';
import { searchKey } from './search-key';

/**
 * A record to check, by kind: the fields the rule reads, named as on the rows, so that a row (with
 * its kind) is a candidate too, and an import builds one from a spreadsheet row.
 */
export type LookAlikeCandidate =
  | ({ readonly kind: 'activities' } & Pick<ActivityRow, 'organizerId' | 'startDate' | 'title' | 'site'>)
  | ({ readonly kind: 'examShifts' } & Pick<ExamShiftRow, 'organizerId' | 'examDate' | 'examName' | 'site'>)
  | ({ readonly kind: 'reliefGrants' } & Pick<ReliefGrantRow, 'unionId' | 'grantedOn' | 'amountFen'>)
  | ({ readonly kind: 'donations' } & Pick<DonationRow, 'campaignId' | 'unionId' | 'receivedOn' | 'amountFen'>)
  | ({ readonly kind: 'boothSessions' } & Pick<BoothSessionRow, 'boothId' | 'date'>)
  | ({ readonly kind: 'booths' } & Pick<BoothRow, 'hostId' | 'openedOn' | 'name'>)
  | ({ readonly kind: 'agreements' } & Pick<AgreementRow, 'branchId' | 'signedOn' | 'partnerNames'>)
  | ({ readonly kind: 'campaigns' } & Pick<CampaignRow, 'organizerId' | 'launchedOn' | 'name'>);

export type LookAlikeKind = LookAlikeCandidate['kind'];

/** A record kept, with its kind: what a candidate is compared with, and what a warning names. */
export type KeptRecord =
  | { readonly kind: 'activities'; readonly row: ActivityRow }
  | { readonly kind: 'examShifts'; readonly row: ExamShiftRow }
  | { readonly kind: 'reliefGrants'; readonly row: ReliefGrantRow }
  | { readonly kind: 'donations'; readonly row: DonationRow }
  | { readonly kind: 'boothSessions'; readonly row: BoothSessionRow }
  | { readonly kind: 'booths'; readonly row: BoothRow }
  | { readonly kind: 'agreements'; readonly row: AgreementRow }
  | { readonly kind: 'campaigns'; readonly row: CampaignRow };

/**
 * Where look-alikes of a candidate live: its `owner` (the unit; the booth of a session; the
 * campaign and union of a donation) and `date` select them, `facts` must be equal. The SQL side
 * selects by owner and date; the facts are compared here.
 */
export interface LookAlikeKey {
  readonly owner: readonly string[];
  readonly date: string;
  readonly facts: string;
}

const texts = (...values: readonly string[]): string => values.map(searchKey).join('\n');

/** The rule: two records of a kind look alike exactly when their keys are equal. */
export function lookAlikeKey(candidate: LookAlikeCandidate): LookAlikeKey {
  switch (candidate.kind) {
    case 'activities':
      return { owner: [candidate.organizerId], date: candidate.startDate, facts: texts(candidate.title, candidate.site) };
    case 'examShifts':
      // Several sites of one exam on one day are separate shifts: the site is part of the facts.
      return { owner: [candidate.organizerId], date: candidate.examDate, facts: texts(candidate.examName, candidate.site) };
    case 'reliefGrants':
      return { owner: [candidate.unionId], date: candidate.grantedOn, facts: String(candidate.amountFen) };
    case 'donations':
      return { owner: [candidate.campaignId, candidate.unionId], date: candidate.receivedOn, facts: String(candidate.amountFen) };
    case 'boothSessions':
      // A booth is staffed once a day: a second session that day is the look-alike.
      return { owner: [candidate.boothId], date: candidate.date, facts: '' };
    case 'booths':
      return { owner: [candidate.hostId], date: candidate.openedOn, facts: texts(candidate.name) };
    case 'agreements':
      return { owner: [candidate.branchId], date: candidate.signedOn, facts: texts(...[...new Set(candidate.partnerNames.map(searchKey))].sort()) };
    case 'campaigns':
      return { owner: [candidate.organizerId], date: candidate.launchedOn, facts: texts(candidate.name) };
    default:
      return assertNever(candidate);
  }
}

/** The key as one string: equal strings, equal keys. */
export const keyText = (key: LookAlikeKey): string => [...key.owner, key.date, key.facts].join('\u0000');

export const looksAlike = (a: LookAlikeCandidate, b: LookAlikeCandidate): boolean => a.kind === b.kind && keyText(lookAlikeKey(a)) === keyText(lookAlikeKey(b));

/** A kept record as a candidate: each kind's candidate is a pick of its row's fields. */
export function candidateOf(kept: KeptRecord): LookAlikeCandidate {
  switch (kept.kind) {
    case 'activities':
      return { ...kept.row, kind: kept.kind };
    case 'examShifts':
      return { ...kept.row, kind: kept.kind };
    case 'reliefGrants':
      return { ...kept.row, kind: kept.kind };
    case 'donations':
      return { ...kept.row, kind: kept.kind };
    case 'boothSessions':
      return { ...kept.row, kind: kept.kind };
    case 'booths':
      return { ...kept.row, kind: kept.kind };
    case 'agreements':
      return { ...kept.row, kind: kept.kind };
    case 'campaigns':
      return { ...kept.row, kind: kept.kind };
    default:
      return assertNever(kept);
  }
}

/** A record kept that the candidate looks like, and the Chinese warning that names it. */
export interface LookAlike {
  readonly kind: LookAlikeKind;
  readonly id: string;
  /** Its date: the one the rule compares. */
  readonly date: string;
  /** The year whose ledger lists it (lookAlikeYear): the year a link opens it in. */
  readonly year: number;
  readonly warning: string;
}

/** The date a look-alike is found by: the one its key compares. */
export const lookAlikeDate = (entry: KeptRecord): string => lookAlikeKey(candidateOf(entry)).date;

/**
 * The year whose ledger lists a record: a campaign's own year, and so its donations' (a campaign
 * for 2023 may be launched in January 2024); for every other kind, its date's year.
 * `campaignYears` holds the year of each donation's campaign.
 */
export function lookAlikeYear(entry: KeptRecord, campaignYears: ReadonlyMap<string, number>): number {
  if (entry.kind === 'campaigns') return entry.row.year;
  if (entry.kind === 'donations') {
    const year = campaignYears.get(entry.row.campaignId);
    if (year === undefined) throw new Error(`读模型中没有捐款 ${entry.row.id} 所属的爱心一日捐活动 ${entry.row.campaignId}`);
    return year;
  }
  return Number(lookAlikeDate(entry).slice(0, 4));
}

const ENDING = '请核对是否重复录入；如确属重复，请作废其中一条。';

/** The warning naming the record kept (its title or figures, its date and its id). */
export function lookAlikeWarning(entry: KeptRecord): string {
  switch (entry.kind) {
    case 'activities':
      return `与已登记的志愿活动相似：${entry.row.startDate}“${entry.row.title}”（地点 ${entry.row.site}，编号 ${entry.row.id}）。${ENDING}`;
    case 'examShifts':
      return `与已登记的考务哨兵记录相似：${entry.row.examDate}“${entry.row.examName}”（考点 ${entry.row.site}，编号 ${entry.row.id}）。${ENDING}`;
    case 'reliefGrants':
      return `与已登记的帮困记录相似：${entry.row.grantedOn} ${entry.row.unionPath.at(-1) ?? ''} ${formatFenAsYuan(entry.row.amountFen)} 元（编号 ${entry.row.id}）。${ENDING}`;
    case 'donations':
      return `与本次活动已登记的捐款相似：${entry.row.receivedOn} ${entry.row.unionPath.at(-1) ?? ''} ${formatFenAsYuan(entry.row.amountFen)} 元（编号 ${entry.row.id}）。${ENDING}`;
    case 'boothSessions':
      return `这个服务亭 ${entry.row.date} 已登记过一次服务（编号 ${entry.row.id}）。${ENDING}`;
    case 'booths':
      return `与已登记的服务亭相似：“${entry.row.name}”（${entry.row.openedOn} 启用，编号 ${entry.row.id}）。请核对是否重复录入。`;
    case 'agreements':
      return `与已登记的党建翼联协议相似：${entry.row.signedOn} 签订，共建单位 ${entry.row.partnerNames.join('、')}（编号 ${entry.row.id}）。请核对是否重复录入。`;
    case 'campaigns':
      return `与已发起的爱心一日捐活动相似：“${entry.row.name}”（${entry.row.launchedOn} 发起，编号 ${entry.row.id}）。${ENDING}`;
    default:
      return assertNever(entry);
  }
}

function assertNever(value: never): never {
  throw new Error(`unknown look-alike kind in ${JSON.stringify(value)}`);
}
