// 爱心一日捐 one-day donation campaign decider. Once closed, the campaign's figures are final:
// nothing more is recorded, corrected or voided in it. A voided campaign, or a voided donation,
// takes no command at all any more.
import { isBefore, isCalendarDate, latestOf } from '../shared/calendar-date';
import type { CalendarDate } from '../shared/calendar-date';
import { deciderOf, ignoreEvent } from '../shared/decider';
import { compact, sameData } from '../shared/equality';
import { ConflictError, IllegalStateError, NotFoundError, ValidationError } from '../shared/errors';
import { checkOrgUnitRef } from '../shared/org-unit-ref';
import { FieldChecks } from '../shared/validation';
import { VersionedMap } from '../shared/versioned-map';
import type {
  CloseDonationCampaign,
  CorrectUnionDonation,
  DonationCampaignCommand,
  LaunchDonationCampaign,
  RecordUnionDonation,
  VoidDonationCampaign,
  VoidUnionDonation,
} from './donation-campaign.commands';
import type { DonationCampaignEvent, DonationCampaignLaunched, UnionDonationRecorded } from './donation-campaign.events';

export const DONATION_CAMPAIGN_NAME_MAX = 100;

/**
 * A single 部门工会 remittance above 1,000万 yuan is a typing error (an extra digit or two), and the
 * cap keeps every campaign total a safe integer of fen. Checked on record and on correct alike.
 */
export const DONATION_AMOUNT_MAX_YUAN = 10_000_000;

const AMOUNT = { positive: true, maxYuan: DONATION_AMOUNT_MAX_YUAN, label: '金额' } as const;

export interface UnionDonation {
  readonly original: UnionDonationRecorded['data'];
  readonly amountFen: number;
  readonly donorCount: number;
  readonly receivedOn: CalendarDate;
  /** Present once the donation was voided: it counts no more. */
  readonly voidReason?: string;
}

type CampaignFacts = {
  readonly campaign: DonationCampaignLaunched['data'];
  readonly donations: ReadonlyMap<string, UnionDonation>;
};

export type DonationCampaignState =
  | { readonly status: 'none' }
  | ({ readonly status: 'open' } & CampaignFacts)
  | ({ readonly status: 'closed'; readonly closedOn: CalendarDate } & CampaignFacts)
  // Voided while open or after closing (then `closedOn` stays): a campaign launched by mistake.
  | ({ readonly status: 'voided'; readonly reason: string; readonly closedOn?: CalendarDate } & CampaignFacts);

export const initialDonationCampaignState = (): DonationCampaignState => ({ status: 'none' });

function withDonation(state: DonationCampaignState, id: string, update: (d: UnionDonation | undefined) => UnionDonation | undefined): DonationCampaignState {
  if (state.status === 'none') return state;
  const next = update(state.donations.get(id));
  if (next === undefined) return state;
  // A persistent map: copying a Map per event made folding a campaign of n donations O(n²).
  return { ...state, donations: VersionedMap.of(state.donations).with(id, next) };
}

export function evolveDonationCampaign(state: DonationCampaignState, event: DonationCampaignEvent): DonationCampaignState {
  switch (event.type) {
    case 'DonationCampaignLaunched':
      return state.status === 'none' ? { status: 'open', campaign: event.data, donations: VersionedMap.empty() } : state;
    case 'UnionDonationRecorded': {
      const d = event.data;
      return withDonation(state, d.donationId, (existing) => existing ?? { original: d, amountFen: d.amountFen, donorCount: d.donorCount, receivedOn: d.receivedOn });
    }
    case 'UnionDonationCorrected': {
      const d = event.data;
      return withDonation(state, d.donationId, (existing) => existing && { ...existing, amountFen: d.amountFen ?? existing.amountFen, donorCount: d.donorCount ?? existing.donorCount });
    }
    case 'DonationCampaignClosed':
      return state.status === 'open' ? { ...state, status: 'closed', closedOn: event.data.closedOn } : state;
    case 'UnionDonationVoided': {
      const d = event.data;
      return withDonation(state, d.donationId, (existing) => existing && { ...existing, voidReason: d.reason });
    }
    case 'DonationCampaignVoided':
      if (state.status === 'open') return { ...state, status: 'voided', reason: event.data.reason };
      if (state.status === 'closed') return { ...state, status: 'voided', reason: event.data.reason, closedOn: state.closedOn };
      return state;
    default:
      return ignoreEvent(event, state);
  }
}

function launch(command: LaunchDonationCampaign, state: DonationCampaignState): DonationCampaignEvent[] {
  const d = command.data;
  const checks = new FieldChecks();
  const campaignId = checks.id('campaignId', d.campaignId, { label: '爱心一日捐活动编号' });
  const organizerId = checks.id('organizerId', d.organizerId, { label: '组织单位' });
  checks.throwIfAny();
  const organizerPath = checkOrgUnitRef(checks, 'organizerId', organizerId, d.organizer, { label: '组织工会', kind: 'UNION' });
  const name = checks.text('name', d.name, { max: DONATION_CAMPAIGN_NAME_MAX, label: '活动名称' });
  const year = checks.int('year', d.year, { min: 2000, max: 2100, label: '年度' });
  const launchedOn = checks.date('launchedOn', d.launchedOn, { label: '发起日期' });
  checks.throwIfAny();
  const data: DonationCampaignLaunched['data'] = { campaignId, name, organizerId, organizerPath, year, launchedOn };
  if (state.status !== 'none') {
    if (sameData(state.campaign, data)) return [];
    throw new ConflictError(`爱心一日捐活动 ${campaignId} 已按其他信息发起`);
  }
  return [{ type: 'DonationCampaignLaunched', data }];
}

function launched(state: DonationCampaignState, campaignId: string) {
  if (state.status === 'none') throw new NotFoundError(`找不到爱心一日捐活动 ${campaignId}`);
  return state;
}

function mustNotBeVoided(state: DonationCampaignState): void {
  if (state.status === 'voided') throw new IllegalStateError(`爱心一日捐活动“${state.campaign.name}”已作废（${state.reason}），不能再登记或修改`);
}

function mustBeOpen(state: DonationCampaignState): void {
  mustNotBeVoided(state);
  if (state.status === 'closed') {
    throw new IllegalStateError(`爱心一日捐活动“${state.campaign.name}”已于 ${state.closedOn} 结束，数字已定稿`);
  }
}

/** A donation of the campaign that still counts. */
function liveDonation(state: CampaignFacts, donationId: string, action: string): UnionDonation {
  const donation = state.donations.get(donationId);
  if (!donation) throw new NotFoundError(`本次活动中没有捐款记录 ${donationId}`);
  if (donation.voidReason !== undefined) throw new IllegalStateError(`捐款记录 ${donationId} 已作废（${donation.voidReason}），不能再${action}`);
  return donation;
}

function recordDonation(command: RecordUnionDonation, state: DonationCampaignState): DonationCampaignEvent[] {
  const d = command.data;
  const checks = new FieldChecks();
  const campaignId = checks.id('campaignId', d.campaignId, { label: '爱心一日捐活动编号' });
  const donationId = checks.id('donationId', d.donationId, { label: '捐款记录编号' });
  const unionId = checks.id('unionId', d.unionId, { label: '工会' });
  checks.throwIfAny();
  const campaign = launched(state, campaignId);
  const unionPath = checkOrgUnitRef(checks, 'unionId', unionId, d.union, { label: '部门工会', kind: 'UNION' });
  const amountFen = checks.yuan('amount', d.amount, AMOUNT);
  const donorCount = checks.int('donorCount', d.donorCount, { min: 1, label: '捐款人数' });
  const receivedOn = checks.date('receivedOn', d.receivedOn, { label: '收款日期' });
  if (isCalendarDate(receivedOn) && isBefore(receivedOn, campaign.campaign.launchedOn)) {
    checks.add('receivedOn', `收款日期不能早于活动发起日期 ${campaign.campaign.launchedOn}`);
  }
  checks.throwIfAny();
  const data: UnionDonationRecorded['data'] = { campaignId, donationId, unionId, unionPath, amountFen, donorCount, receivedOn };
  const existing = campaign.donations.get(donationId);
  if (existing) {
    // A retry is a no-op even after closing: it adds nothing.
    if (sameData(existing.original, data)) return [];
    throw new ConflictError(`捐款记录 ${donationId} 已按其他数字登记，请改用更正`);
  }
  mustBeOpen(campaign);
  return [{ type: 'UnionDonationRecorded', data }];
}

function correctDonation(command: CorrectUnionDonation, state: DonationCampaignState): DonationCampaignEvent[] {
  const d = command.data;
  const checks = new FieldChecks();
  const campaignId = checks.id('campaignId', d.campaignId, { label: '爱心一日捐活动编号' });
  const donationId = checks.id('donationId', d.donationId, { label: '捐款记录编号' });
  const reason = checks.reason(d.reason);
  const amountFen = d.amount === undefined || d.amount === null ? undefined : checks.yuan('amount', d.amount, AMOUNT);
  const donorCount = checks.optionalInt('donorCount', d.donorCount, { min: 1, label: '捐款人数' });
  if (amountFen === undefined && donorCount === undefined) checks.add('amount', '请填写要更正的金额或捐款人数');
  checks.throwIfAny();
  const campaign = launched(state, campaignId);
  mustBeOpen(campaign);
  const donation = liveDonation(campaign, donationId, '更正');
  const changed = compact({
    amountFen: amountFen !== donation.amountFen ? amountFen : undefined,
    donorCount: donorCount !== donation.donorCount ? donorCount : undefined,
  });
  if (changed.amountFen === undefined && changed.donorCount === undefined) return [];
  return [{ type: 'UnionDonationCorrected', data: { campaignId, donationId, reason, ...changed } }];
}

function close(command: CloseDonationCampaign, state: DonationCampaignState): DonationCampaignEvent[] {
  const checks = new FieldChecks();
  const campaignId = checks.id('campaignId', command.data.campaignId, { label: '爱心一日捐活动编号' });
  const closedOn = checks.date('closedOn', command.data.closedOn, { label: '结束日期' });
  checks.throwIfAny();
  const campaign = launched(state, campaignId);
  mustBeOpen(campaign);
  const lastReceived = [...campaign.donations.values()].filter((d) => d.voidReason === undefined).reduce<CalendarDate>((latest, d) => latestOf(latest, d.receivedOn), campaign.campaign.launchedOn);
  if (isBefore(closedOn, lastReceived)) {
    throw ValidationError.of('closedOn', `结束日期不能早于 ${lastReceived}（活动发起或最后一笔收款的日期）`);
  }
  return [{ type: 'DonationCampaignClosed', data: { campaignId, closedOn } }];
}

function voidDonation(command: VoidUnionDonation, state: DonationCampaignState): DonationCampaignEvent[] {
  const checks = new FieldChecks();
  const campaignId = checks.id('campaignId', command.data.campaignId, { label: '爱心一日捐活动编号' });
  const donationId = checks.id('donationId', command.data.donationId, { label: '捐款记录编号' });
  const reason = checks.reason(command.data.reason);
  checks.throwIfAny();
  const campaign = launched(state, campaignId);
  // A closed campaign's figures are final: a wrong donation in it is the closing's mistake too.
  mustBeOpen(campaign);
  liveDonation(campaign, donationId, '作废');
  return [{ type: 'UnionDonationVoided', data: { campaignId, donationId, reason } }];
}

function voidCampaign(command: VoidDonationCampaign, state: DonationCampaignState): DonationCampaignEvent[] {
  const checks = new FieldChecks();
  const campaignId = checks.id('campaignId', command.data.campaignId, { label: '爱心一日捐活动编号' });
  const reason = checks.reason(command.data.reason);
  checks.throwIfAny();
  const campaign = launched(state, campaignId);
  // Open or closed: a campaign launched by mistake must be removable even once closed.
  mustNotBeVoided(campaign);
  const counted = [...campaign.donations.entries()].filter(([, d]) => d.voidReason === undefined);
  return [
    ...counted.map(([donationId]): DonationCampaignEvent => ({ type: 'UnionDonationVoided', data: { campaignId, donationId, reason } })),
    { type: 'DonationCampaignVoided', data: { campaignId, reason } },
  ];
}

export const donationCampaignDecider = deciderOf<DonationCampaignState, DonationCampaignCommand, DonationCampaignEvent>(initialDonationCampaignState, evolveDonationCampaign, {
  LaunchDonationCampaign: launch,
  RecordUnionDonation: recordDonation,
  CorrectUnionDonation: correctDonation,
  CloseDonationCampaign: close,
  VoidUnionDonation: voidDonation,
  VoidDonationCampaign: voidCampaign,
});

/** A donation as the totals read it. */
export interface CountedDonation {
  readonly unionId: string;
  readonly amountFen: number;
  readonly donorCount: number;
  readonly voided: boolean;
}

/** What donations add up to: those not voided, and the distinct unions that gave them. */
export function donationTotals(donations: readonly CountedDonation[]): { amountFen: number; donorCount: number; unionCount: number } {
  const counted = donations.filter((d) => !d.voided);
  return {
    amountFen: counted.reduce((sum, d) => sum + d.amountFen, 0),
    donorCount: counted.reduce((sum, d) => sum + d.donorCount, 0),
    unionCount: new Set(counted.map((d) => d.unionId)).size,
  };
}

/** Current totals of a campaign (after corrections, without voided donations), for callers that need them without a projection. */
export function campaignTotals(state: DonationCampaignState): { amountFen: number; donorCount: number; unionCount: number } {
  if (state.status === 'none') return donationTotals([]);
  return donationTotals(
    [...state.donations.values()].map((d) => ({ unionId: d.original.unionId, amountFen: d.amountFen, donorCount: d.donorCount, voided: d.voidReason !== undefined })),
  );
}
