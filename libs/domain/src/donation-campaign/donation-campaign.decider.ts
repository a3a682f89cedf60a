// 爱心一日捐 one-day donation campaign decider. Once closed, the campaign's figures are final:
// nothing more is recorded or corrected.
import { isBefore, isCalendarDate, latestOf } from '../shared/calendar-date';
import type { CalendarDate } from '../shared/calendar-date';
import type { Decider } from '../shared/decider';
import { assertNever, compact, sameData } from '../shared/equality';
import { ConflictError, IllegalStateError, NotFoundError, ValidationError } from '../shared/errors';
import { checkOrgUnitRef } from '../shared/org-unit-ref';
import { FieldChecks } from '../shared/validation';
import type {
  CloseDonationCampaign,
  CorrectUnionDonation,
  DonationCampaignCommand,
  LaunchDonationCampaign,
  RecordUnionDonation,
} from './donation-campaign.commands';
import type { DonationCampaignEvent, DonationCampaignLaunched, UnionDonationRecorded } from './donation-campaign.events';

export const DONATION_CAMPAIGN_NAME_MAX = 100;

export interface UnionDonation {
  readonly original: UnionDonationRecorded['data'];
  readonly amountFen: number;
  readonly donorCount: number;
  readonly receivedOn: CalendarDate;
}

type CampaignFacts = {
  readonly campaign: DonationCampaignLaunched['data'];
  readonly donations: ReadonlyMap<string, UnionDonation>;
};

export type DonationCampaignState =
  | { readonly status: 'none' }
  | ({ readonly status: 'open' } & CampaignFacts)
  | ({ readonly status: 'closed'; readonly closedOn: CalendarDate } & CampaignFacts);

export const initialDonationCampaignState = (): DonationCampaignState => ({ status: 'none' });

function withDonation(state: DonationCampaignState, id: string, update: (d: UnionDonation | undefined) => UnionDonation | undefined): DonationCampaignState {
  if (state.status === 'none') return state;
  const next = update(state.donations.get(id));
  if (next === undefined) return state;
  const donations = new Map(state.donations);
  donations.set(id, next);
  return { ...state, donations };
}

export function evolveDonationCampaign(state: DonationCampaignState, event: DonationCampaignEvent): DonationCampaignState {
  switch (event.type) {
    case 'DonationCampaignLaunched':
      return state.status === 'none' ? { status: 'open', campaign: event.data, donations: new Map() } : state;
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
    default:
      return ignore(event, state);
  }
}

function ignore(_event: never, state: DonationCampaignState): DonationCampaignState {
  return state;
}

function launch(command: LaunchDonationCampaign, state: DonationCampaignState): DonationCampaignEvent[] {
  const d = command.data;
  const checks = new FieldChecks();
  const campaignId = checks.id('campaignId', d.campaignId);
  const organizerId = checks.id('organizerId', d.organizerId);
  checks.throwIfAny();
  const organizerPath = checkOrgUnitRef(checks, 'organizerId', organizerId, d.organizer, { label: '组织工会 organizing union', kind: 'UNION' });
  const name = checks.text('name', d.name, { max: DONATION_CAMPAIGN_NAME_MAX, label: '活动名称 name' });
  const year = checks.int('year', d.year, { min: 2000, max: 2100, label: '年度 year' });
  const launchedOn = checks.date('launchedOn', d.launchedOn, { label: '发起日期 launch date' });
  checks.throwIfAny();
  const data: DonationCampaignLaunched['data'] = { campaignId, name, organizerId, organizerPath, year, launchedOn };
  if (state.status !== 'none') {
    if (sameData(state.campaign, data)) return [];
    throw new ConflictError(`donation campaign ${campaignId} was already launched with different details`);
  }
  return [{ type: 'DonationCampaignLaunched', data }];
}

function launched(state: DonationCampaignState, campaignId: string) {
  if (state.status === 'none') throw new NotFoundError(`爱心一日捐 donation campaign ${campaignId} does not exist`);
  return state;
}

function mustBeOpen(state: DonationCampaignState): void {
  if (state.status === 'closed') {
    throw new IllegalStateError(`爱心一日捐 campaign "${state.campaign.name}" was closed on ${state.closedOn}; its figures are final`);
  }
}

function recordDonation(command: RecordUnionDonation, state: DonationCampaignState): DonationCampaignEvent[] {
  const d = command.data;
  const checks = new FieldChecks();
  const campaignId = checks.id('campaignId', d.campaignId);
  const donationId = checks.id('donationId', d.donationId);
  const unionId = checks.id('unionId', d.unionId);
  checks.throwIfAny();
  const campaign = launched(state, campaignId);
  const unionPath = checkOrgUnitRef(checks, 'unionId', unionId, d.union, { label: '部门工会 department union', kind: 'UNION' });
  const amountFen = checks.yuan('amount', d.amount, { positive: true, label: '金额 amount' });
  const donorCount = checks.int('donorCount', d.donorCount, { min: 1, label: '捐款人数 number of donors' });
  const receivedOn = checks.date('receivedOn', d.receivedOn, { label: '收款日期 date received' });
  if (isCalendarDate(receivedOn) && isBefore(receivedOn, campaign.campaign.launchedOn)) {
    checks.add('receivedOn', `收款日期 date received may not be before the campaign was launched (${campaign.campaign.launchedOn})`);
  }
  checks.throwIfAny();
  const data: UnionDonationRecorded['data'] = { campaignId, donationId, unionId, unionPath, amountFen, donorCount, receivedOn };
  const existing = campaign.donations.get(donationId);
  if (existing) {
    // A retry is a no-op even after closing: it adds nothing.
    if (sameData(existing.original, data)) return [];
    throw new ConflictError(`donation ${donationId} is already recorded with different figures; correct it instead`);
  }
  mustBeOpen(campaign);
  return [{ type: 'UnionDonationRecorded', data }];
}

function correctDonation(command: CorrectUnionDonation, state: DonationCampaignState): DonationCampaignEvent[] {
  const d = command.data;
  const checks = new FieldChecks();
  const campaignId = checks.id('campaignId', d.campaignId);
  const donationId = checks.id('donationId', d.donationId);
  const reason = checks.reason(d.reason);
  const amountFen = d.amount === undefined || d.amount === null ? undefined : checks.yuan('amount', d.amount, { positive: true, label: '金额 amount' });
  const donorCount = checks.optionalInt('donorCount', d.donorCount, { min: 1, label: '捐款人数 number of donors' });
  if (amountFen === undefined && donorCount === undefined) checks.add('amount', 'say what to correct: give the amount, the number of donors, or both');
  checks.throwIfAny();
  const campaign = launched(state, campaignId);
  mustBeOpen(campaign);
  const donation = campaign.donations.get(donationId);
  if (!donation) throw new NotFoundError(`donation ${donationId} is not part of this campaign`);
  const changed = compact({
    amountFen: amountFen !== donation.amountFen ? amountFen : undefined,
    donorCount: donorCount !== donation.donorCount ? donorCount : undefined,
  });
  if (changed.amountFen === undefined && changed.donorCount === undefined) return [];
  return [{ type: 'UnionDonationCorrected', data: { campaignId, donationId, reason, ...changed } }];
}

function close(command: CloseDonationCampaign, state: DonationCampaignState): DonationCampaignEvent[] {
  const checks = new FieldChecks();
  const campaignId = checks.id('campaignId', command.data.campaignId);
  const closedOn = checks.date('closedOn', command.data.closedOn, { label: '结束日期 closing date' });
  checks.throwIfAny();
  const campaign = launched(state, campaignId);
  mustBeOpen(campaign);
  const lastReceived = [...campaign.donations.values()].reduce<CalendarDate>((latest, d) => latestOf(latest, d.receivedOn), campaign.campaign.launchedOn);
  if (isBefore(closedOn, lastReceived)) {
    throw ValidationError.of('closedOn', `结束日期 closing date may not be before ${lastReceived}, the launch or the last donation received`);
  }
  return [{ type: 'DonationCampaignClosed', data: { campaignId, closedOn } }];
}

export function decideDonationCampaign(command: DonationCampaignCommand, state: DonationCampaignState): readonly DonationCampaignEvent[] {
  switch (command.type) {
    case 'LaunchDonationCampaign':
      return launch(command, state);
    case 'RecordUnionDonation':
      return recordDonation(command, state);
    case 'CorrectUnionDonation':
      return correctDonation(command, state);
    case 'CloseDonationCampaign':
      return close(command, state);
    default:
      return assertNever(command);
  }
}

export const donationCampaignDecider: Decider<DonationCampaignState, DonationCampaignCommand, DonationCampaignEvent> = {
  initialState: initialDonationCampaignState,
  evolve: evolveDonationCampaign,
  decide: decideDonationCampaign,
};

/** Current totals of a campaign (after corrections), for callers that need them without a projection. */
export function campaignTotals(state: DonationCampaignState): { amountFen: number; donorCount: number; unionCount: number } {
  if (state.status === 'none') return { amountFen: 0, donorCount: 0, unionCount: 0 };
  const donations = [...state.donations.values()];
  return {
    amountFen: donations.reduce((sum, d) => sum + d.amountFen, 0),
    donorCount: donations.reduce((sum, d) => sum + d.donorCount, 0),
    unionCount: new Set(donations.map((d) => d.original.unionId)).size,
  };
}
