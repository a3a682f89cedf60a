// The ledgers' library API (docs/design.md §14): what LedgerQueries takes and answers. The API's
// GraphQL queries, the Excel export and the import's dry run all call it, so that the rules of who
// sees which record, and in which order, have one home.
import type { ActivityRow, AgreementRow, BoothRow, BoothSessionRow, CampaignRow, DonationRow, ExamShiftRow, ReliefGrantRow } from '../read-model/rows';

/** Rows per page when the caller names none. */
export const LEDGER_PAGE_DEFAULT = 50;
/** The most rows one page may ask for (`first`): a page costs at most this many rows. */
export const LEDGER_PAGE_MAX = 200;

export interface LedgerFilter {
  /** The records of this year, by each kind's own year rule (an activity's start date, a grant's date, an agreement active that year…). */
  readonly year: number;
  /**
   * The org units whose records are listed, descendants included: the caller's scope, or the one
   * unit asked for within it. Undefined: every unit (an ADMIN asking for no unit).
   */
  readonly scope: readonly string[] | undefined;
  /** Voided records are left out unless this is true. */
  readonly includeVoided?: boolean;
  /** Words the kind's texts must contain (canonical, case-insensitive; see search-key.ts). */
  readonly search?: string;
  /** One record only, by its id (a record's own page), still within the year and the scope. */
  readonly id?: string;
}

export interface ActivityLedgerFilter extends LedgerFilter {
  /** One programme only (a VolunteerProgram). */
  readonly program?: string;
}

export interface PageRequest {
  /** 1 to LEDGER_PAGE_MAX rows; LEDGER_PAGE_DEFAULT when absent. */
  readonly first?: number;
  /** The `endCursor` of the page before. */
  readonly after?: string;
}

export interface LedgerEdge<Row> {
  /** Opaque: where this row stands in the ledger's order. */
  readonly cursor: string;
  readonly node: Row;
}

/** One page of a ledger, in its stable order: the record's date, then the order it was recorded in. */
export interface LedgerPage<Row> {
  readonly edges: readonly LedgerEdge<Row>[];
  readonly hasNextPage: boolean;
  readonly endCursor: string | null;
  /** Every record the filter matches, on all pages. */
  readonly totalCount: number;
}

/** 爱心一日捐: a campaign with the donations the caller may see (all of them for the organizer's scope). */
export interface CampaignLedgerEntry {
  readonly campaign: CampaignRow;
  readonly donations: readonly DonationRow[];
}

/** A booth open during the year, with the year's sessions. */
/** A donation as an export lists it, beside its campaign. */
export interface ExportedDonation {
  readonly campaign: CampaignRow;
  readonly donation: DonationRow;
}

/** A booth session as an export lists it, beside its booth. */
export interface ExportedBoothSession {
  readonly booth: BoothRow;
  readonly session: BoothSessionRow;
}

export interface BoothLedgerEntry {
  readonly booth: BoothRow;
  readonly sessions: readonly BoothSessionRow[];
}

export type { ActivityRow, AgreementRow, BoothRow, BoothSessionRow, CampaignRow, DonationRow, ExamShiftRow, ReliefGrantRow };

/** 志愿服务 in one month of a year: the activities that count, by start date, and their 人次. */
export interface ActivityMonth {
  /** 1 to 12. */
  readonly month: number;
  readonly count: number;
  readonly personTimes: number;
}
