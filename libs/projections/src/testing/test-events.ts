// Test-only builders: small functions with sensible defaults, never giant literals.
import { randomUUID } from 'node:crypto';
import type {
  BoothOpened,
  BoothSessionRecorded,
  CoBuildingAgreementSigned,
  DomainEvent,
  DonationCampaignLaunched,
  ExamSentinelShiftRecorded,
  OrgUnitKind,
  OrgUnitRegistered,
  ReliefGranted,
  UnionDonationRecorded,
  VolunteerActivityRecorded,
} from '@tracker/domain';
import { assertNever, ORG_CHART_ID, streamIdFor } from '@tracker/domain';
import type { AppendResult, EventStore, JsonObject, NewEvent } from '@tracker/event-store';

export const newId = (): string => randomUUID();

export const orgUnit = (orgUnitId: string, name: string, kind: OrgUnitKind = 'PARTY_BRANCH', parentId?: string): OrgUnitRegistered => ({
  type: 'OrgUnitRegistered',
  data: parentId === undefined ? { orgUnitId, name, kind } : { orgUnitId, name, kind, parentId },
});

export const activity = (organizerId: string, over: Partial<VolunteerActivityRecorded['data']> = {}): VolunteerActivityRecorded => ({
  type: 'VolunteerActivityRecorded',
  data: {
    activityId: newId(),
    organizerId,
    organizerPath: ['南区局'],
    program: 'LEI_FENG',
    title: '学雷锋',
    startDate: '2023-03-05',
    endDate: '2023-03-05',
    site: '枫林街道',
    serviceItems: [],
    personTimes: 1,
    timeBasis: 'WORKING_HOURS',
    ...over,
  },
});

export const reliefGrant = (unionId: string, over: Partial<ReliefGranted['data']> = {}): ReliefGranted => ({
  type: 'ReliefGranted',
  data: { grantId: newId(), unionId, unionPath: ['工会'], grantedOn: '2023-06-01', amountFen: 100_00, personTimes: 1, category: 'LIVING_HARDSHIP', ...over },
});

export const examShift = (organizerId: string, over: Partial<ExamSentinelShiftRecorded['data']> = {}): ExamSentinelShiftRecorded => ({
  type: 'ExamSentinelShiftRecorded',
  data: { shiftId: newId(), organizerId, organizerPath: ['南区局'], examName: '春季高考', examDate: '2023-01-07', site: '南洋模范中学', supporters: 2, ...over },
});

export const agreement = (branchId: string, partners: string[], over: Partial<CoBuildingAgreementSigned['data']> = {}): CoBuildingAgreementSigned => ({
  type: 'CoBuildingAgreementSigned',
  data: {
    agreementId: newId(),
    branchId,
    branchPath: ['南区局'],
    partners: partners.map((name) => ({ name, kind: 'RESIDENTS_COMMITTEE' as const })),
    signedOn: '2023-04-01',
    commitments: ['共建'],
    ...over,
  },
});

export const campaign = (organizerId: string, over: Partial<DonationCampaignLaunched['data']> = {}): DonationCampaignLaunched => ({
  type: 'DonationCampaignLaunched',
  data: { campaignId: newId(), name: '爱心一日捐', organizerId, organizerPath: ['工会'], year: 2023, launchedOn: '2023-05-01', ...over },
});

export const donation = (campaignId: string, unionId: string, over: Partial<UnionDonationRecorded['data']> = {}): UnionDonationRecorded => ({
  type: 'UnionDonationRecorded',
  data: { campaignId, donationId: newId(), unionId, unionPath: ['工会'], amountFen: 1000_00, donorCount: 10, receivedOn: '2023-05-10', ...over },
});

export const booth = (hostId: string, over: Partial<BoothOpened['data']> = {}): BoothOpened => ({
  type: 'BoothOpened',
  data: { boothId: newId(), name: 'Hello老友亭', kind: 'HELLO_LAOYOU', hostId, hostPath: ['南区局'], subdistrict: '枫林', location: '肿瘤医院旁', openedOn: '2023-01-01', ...over },
});

export const session = (boothId: string, over: Partial<BoothSessionRecorded['data']> = {}): BoothSessionRecorded => ({
  type: 'BoothSessionRecorded',
  data: { boothId, sessionId: newId(), date: '2023-07-04', volunteers: 2, peopleServed: 5, services: ['咨询'], ...over },
});

/** The stream an event belongs to (docs/design.md §3: `<kind>-<uuid>`; the org chart is one stream). */
export function streamOf(event: DomainEvent): string {
  switch (event.type) {
    case 'OrgUnitRegistered':
    case 'OrgUnitRenamed':
    case 'OrgUnitRetired':
      return streamIdFor('orgchart', ORG_CHART_ID);
    case 'VolunteerActivityRecorded':
    case 'VolunteerActivityCorrected':
    case 'VolunteerActivityVoided':
      return streamIdFor('volunteeractivity', event.data.activityId);
    case 'CoBuildingAgreementSigned':
    case 'CoBuildingAgreementRenewed':
    case 'CoBuildingAgreementTerminated':
      return streamIdFor('cobuildingagreement', event.data.agreementId);
    case 'DonationCampaignLaunched':
    case 'UnionDonationRecorded':
    case 'UnionDonationCorrected':
    case 'UnionDonationVoided':
    case 'DonationCampaignClosed':
    case 'DonationCampaignVoided':
      return streamIdFor('donationcampaign', event.data.campaignId);
    case 'ReliefGranted':
    case 'ReliefGrantCorrected':
    case 'ReliefGrantVoided':
      return streamIdFor('reliefgrant', event.data.grantId);
    case 'ExamSentinelShiftRecorded':
    case 'ExamSentinelShiftCorrected':
    case 'ExamSentinelShiftVoided':
      return streamIdFor('examsentinelshift', event.data.shiftId);
    case 'BoothOpened':
    case 'BoothSessionRecorded':
    case 'BoothSessionVoided':
    case 'BoothClosed':
      return streamIdFor('booth', event.data.boothId);
    default:
      return assertNever(event);
  }
}

export const toNewEvent = (event: { type: string; data: object }, recordedAt = new Date().toISOString()): NewEvent => ({
  eventId: newId(),
  type: event.type,
  data: event.data as JsonObject,
  metadata: { eventId: newId(), recordedAt, recordedBy: 'test', correlationId: newId() },
});

/** Appends each event to its own stream, in order; returns the last append's result. */
export async function appendAll(store: EventStore, events: readonly DomainEvent[], recordedAt?: string): Promise<AppendResult | undefined> {
  let last: AppendResult | undefined;
  for (const event of events) last = await store.appendToStream(streamOf(event), [toNewEvent(event, recordedAt)], { expectedVersion: 'any' });
  return last;
}
