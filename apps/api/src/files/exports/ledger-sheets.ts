// The record sheets of the ledgers workbook, after 汇总: one row per record that counts (the ledger
// queries' own rows, for the section's year and scope, voided records left out, read a few thousand
// at a time by LedgerQueries.exportRows), with the import templates' column names where a kind has
// one, then who recorded it and when.
import {
  BOOTH_KIND_NAMES,
  IMPORT_SHEETS,
  RELIEF_CATEGORY_NAMES,
  TIME_BASIS_NAMES,
  VOLUNTEER_PROGRAM_NAMES,
  nameOf,
} from '@tracker/domain';
import {
  type ActivityRow,
  type AgreementRow,
  type BoothSessionRow,
  type DonationRow,
  type ExamShiftRow,
  type ExportedBoothSession,
  type ExportedDonation,
  type LedgerFilter,
  type LedgerQueries,
  type RecordStamp,
  type ReliefGrantRow,
} from '@tracker/projections';
import { type RecordColumn, type SheetPart, recordSheet } from './record-sheet';

const path = (names: readonly string[]): string => names.join('/');
const yuan = (fen: number | null): number | null => (fen === null ? null : fen / 100);
const hours = (hundredths: number | null): number | null => (hundredths === null ? null : hundredths / 100);
const listed = (items: readonly string[]): string => items.join('、');

/** Who recorded it and when, its last correction and its id: the columns every sheet ends with. */
function stampColumns<Row extends RecordStamp & { readonly id: string }>(): RecordColumn<Row>[] {
  return [
    { header: '记录人', cellType: 'text', value: (r) => r.recordedBy },
    { header: '记录时间', cellType: 'instant', value: (r) => ({ instant: r.recordedAt }) },
    { header: '最后更正', cellType: 'instant', value: (r) => (r.correctedAt === null ? null : { instant: r.correctedAt }) },
    { header: '编号', cellType: 'text', value: (r) => r.id },
  ];
}

const activitySheet = IMPORT_SHEETS['volunteer-activities'].columns;
const ACTIVITY_COLUMNS: RecordColumn<ActivityRow>[] = [
  { header: activitySheet.organizerId.header, cellType: 'org', value: (r) => path(r.organizerPath) },
  { header: activitySheet.program.header, cellType: 'choice', value: (r) => nameOf(VOLUNTEER_PROGRAM_NAMES, r.program) },
  { header: activitySheet.title.header, cellType: 'text', value: (r) => r.title },
  { header: activitySheet.startDate.header, cellType: 'date', value: (r) => ({ date: r.startDate }) },
  { header: activitySheet.endDate.header, cellType: 'date', value: (r) => ({ date: r.endDate }) },
  { header: activitySheet.subdistrict.header, cellType: 'text', value: (r) => r.subdistrict },
  { header: activitySheet.site.header, cellType: 'text', value: (r) => r.site },
  { header: activitySheet.serviceItems.header, cellType: 'list', value: (r) => listed(r.serviceItems) },
  { header: activitySheet.personTimes.header, cellType: 'count', value: (r) => r.personTimes },
  { header: activitySheet.volunteerHours.header, cellType: 'decimal', value: (r) => hours(r.volunteerHoursHundredths) },
  { header: activitySheet.timeBasis.header, cellType: 'choice', value: (r) => nameOf(TIME_BASIS_NAMES, r.timeBasis) },
  { header: activitySheet.beneficiaries.header, cellType: 'count', value: (r) => r.beneficiaries },
  { header: '义卖笔数', cellType: 'count', value: (r) => r.charitySalesTransactions },
  { header: '义卖金额（元）', cellType: 'money', value: (r) => yuan(r.charitySalesAmountFen) },
  { header: '义卖款捐赠对象', cellType: 'text', value: (r) => r.charitySalesRecipient },
  ...stampColumns<ActivityRow>(),
];

const AGREEMENT_COLUMNS: RecordColumn<AgreementRow>[] = [
  { header: '党支部', cellType: 'org', value: (r) => path(r.branchPath) },
  { header: '共建单位', cellType: 'list', value: (r) => listed(r.partnerNames) },
  { header: '签订日期', cellType: 'date', value: (r) => ({ date: r.signedOn }) },
  { header: '有效期至', cellType: 'date', value: (r) => (r.validUntil === null ? null : { date: r.validUntil }) },
  { header: '终止日期', cellType: 'date', value: (r) => (r.terminatedOn === null ? null : { date: r.terminatedOn }) },
  { header: '共建内容', cellType: 'list', value: (r) => listed(r.commitments) },
  ...stampColumns<AgreementRow>(),
];

type Donation = ExportedDonation;
const donationSheet = IMPORT_SHEETS['union-donations'].columns;
const DONATION_COLUMNS: RecordColumn<Donation>[] = [
  { header: '活动名称', cellType: 'text', value: (r) => r.campaign.name },
  { header: donationSheet.unionId.header, cellType: 'org', value: (r) => path(r.donation.unionPath) },
  { header: donationSheet.amount.header, cellType: 'money', value: (r) => yuan(r.donation.amountFen) },
  { header: donationSheet.donorCount.header, cellType: 'count', value: (r) => r.donation.donorCount },
  { header: donationSheet.receivedOn.header, cellType: 'date', value: (r) => ({ date: r.donation.receivedOn }) },
  ...stampColumns<DonationRow>().map((column) => ({ ...column, value: (r: Donation) => column.value(r.donation) })),
];

const reliefSheet = IMPORT_SHEETS['relief-grants'].columns;
const RELIEF_COLUMNS: RecordColumn<ReliefGrantRow>[] = [
  { header: reliefSheet.unionId.header, cellType: 'org', value: (r) => path(r.unionPath) },
  { header: reliefSheet.grantedOn.header, cellType: 'date', value: (r) => ({ date: r.grantedOn }) },
  { header: reliefSheet.amount.header, cellType: 'money', value: (r) => yuan(r.amountFen) },
  { header: reliefSheet.personTimes.header, cellType: 'count', value: (r) => r.personTimes },
  { header: reliefSheet.category.header, cellType: 'choice', value: (r) => nameOf(RELIEF_CATEGORY_NAMES, r.category) },
  ...stampColumns<ReliefGrantRow>(),
];

const shiftSheet = IMPORT_SHEETS['exam-sentinel-shifts'].columns;
const SHIFT_COLUMNS: RecordColumn<ExamShiftRow>[] = [
  { header: shiftSheet.organizerId.header, cellType: 'org', value: (r) => path(r.organizerPath) },
  { header: shiftSheet.examName.header, cellType: 'text', value: (r) => r.examName },
  { header: shiftSheet.examDate.header, cellType: 'date', value: (r) => ({ date: r.examDate }) },
  { header: shiftSheet.site.header, cellType: 'text', value: (r) => r.site },
  { header: shiftSheet.supporters.header, cellType: 'count', value: (r) => r.supporters },
  ...stampColumns<ExamShiftRow>(),
];

type Session = ExportedBoothSession;
const SESSION_COLUMNS: RecordColumn<Session>[] = [
  { header: '服务亭', cellType: 'text', value: (r) => r.booth.name },
  { header: '类别', cellType: 'choice', value: (r) => nameOf(BOOTH_KIND_NAMES, r.booth.kind) },
  { header: '承办单位', cellType: 'org', value: (r) => path(r.booth.hostPath) },
  { header: '街道', cellType: 'text', value: (r) => r.booth.subdistrict },
  { header: '位置', cellType: 'text', value: (r) => r.booth.location },
  { header: '服务日期', cellType: 'date', value: (r) => ({ date: r.session.date }) },
  { header: '值守志愿者（人次）', cellType: 'count', value: (r) => r.session.volunteers },
  { header: '服务群众（人次）', cellType: 'count', value: (r) => r.session.peopleServed },
  { header: '服务内容', cellType: 'list', value: (r) => listed(r.session.services) },
  ...stampColumns<BoothSessionRow>().map((column) => ({ ...column, value: (r: Session) => column.value(r.session) })),
];

/** The six record sheets, in the order of §15, for the year and scope of `filter`. */
export function ledgerSheets(ledgers: LedgerQueries, filter: LedgerFilter): SheetPart[] {
  return [
    recordSheet({ name: IMPORT_SHEETS['volunteer-activities'].sheetName, columns: ACTIVITY_COLUMNS, pages: ledgers.exportRows('activities', filter) }),
    recordSheet({ name: '党建翼联', columns: AGREEMENT_COLUMNS, pages: ledgers.exportRows('agreements', filter) }),
    recordSheet({
      name: IMPORT_SHEETS['union-donations'].sheetName,
      columns: DONATION_COLUMNS,
      pages: ledgers.exportDonations(filter),
    }),
    recordSheet({ name: IMPORT_SHEETS['relief-grants'].sheetName, columns: RELIEF_COLUMNS, pages: ledgers.exportRows('reliefGrants', filter) }),
    recordSheet({ name: IMPORT_SHEETS['exam-sentinel-shifts'].sheetName, columns: SHIFT_COLUMNS, pages: ledgers.exportRows('examShifts', filter) }),
    recordSheet({
      name: 'Hello老友亭',
      columns: SESSION_COLUMNS,
      pages: ledgers.exportBoothSessions(filter),
    }),
  ];
}
