import { ConflictError, IllegalStateError, NotFoundError, ValidationError } from '../shared/errors';
import type { OrgUnitSnapshot } from '../shared/org-unit-ref';
import { given, issueOn, uuid } from '../testing/given-when-then';
import type {
  CorrectUnionDonation,
  DonationCampaignCommand,
  LaunchDonationCampaign,
  RecordUnionDonation,
} from './donation-campaign.commands';
import { campaignTotals, donationCampaignDecider as decider } from './donation-campaign.decider';
import type { DonationCampaignEvent, DonationCampaignLaunched, UnionDonationRecorded } from './donation-campaign.events';

// 爱心一日捐 2023: the bureau union runs it, department unions remit.
const CAMPAIGN = uuid(200);
const BUREAU_UNION = uuid(10);
const DEPT_UNION = uuid(11);
const DONATION = uuid(201);

const unionSnapshot = (over: Partial<OrgUnitSnapshot> = {}): OrgUnitSnapshot => ({ id: DEPT_UNION, kind: 'UNION', path: ['南区局', '综合部工会'], retired: false, ...over });
const bureauUnion = unionSnapshot({ id: BUREAU_UNION, path: ['南区局', '南区局工会'] });

const launch = (over: Partial<Record<keyof LaunchDonationCampaign['data'], unknown>> = {}): DonationCampaignCommand => ({
  type: 'LaunchDonationCampaign',
  data: { campaignId: CAMPAIGN, name: ' 2023年爱心一日捐 ', organizerId: BUREAU_UNION, organizer: bureauUnion, year: 2023, launchedOn: '2023-06-01', ...over } as LaunchDonationCampaign['data'],
});
const launchedData: DonationCampaignLaunched['data'] = {
  campaignId: CAMPAIGN,
  name: '2023年爱心一日捐',
  organizerId: BUREAU_UNION,
  organizerPath: ['南区局', '南区局工会'],
  year: 2023,
  launchedOn: '2023-06-01',
};
const launched: DonationCampaignEvent = { type: 'DonationCampaignLaunched', data: launchedData };

const recordDonation = (over: Partial<Record<keyof RecordUnionDonation['data'], unknown>> = {}): DonationCampaignCommand => ({
  type: 'RecordUnionDonation',
  data: { campaignId: CAMPAIGN, donationId: DONATION, unionId: DEPT_UNION, union: unionSnapshot(), amount: '5860.00', donorCount: 51, receivedOn: '2023-06-20', ...over } as RecordUnionDonation['data'],
});
const donationRecorded = (over: Partial<UnionDonationRecorded['data']> = {}): DonationCampaignEvent => ({
  type: 'UnionDonationRecorded',
  data: { campaignId: CAMPAIGN, donationId: DONATION, unionId: DEPT_UNION, unionPath: ['南区局', '综合部工会'], amountFen: 586000, donorCount: 51, receivedOn: '2023-06-20', ...over },
});
const correctDonation = (over: Partial<Record<keyof CorrectUnionDonation['data'], unknown>> = {}): DonationCampaignCommand => ({
  type: 'CorrectUnionDonation',
  data: { campaignId: CAMPAIGN, donationId: DONATION, reason: '少记一人 one donor missed', ...over } as CorrectUnionDonation['data'],
});
const close = (closedOn = '2023-07-31'): DonationCampaignCommand => ({ type: 'CloseDonationCampaign', data: { campaignId: CAMPAIGN, closedOn } });
const closed: DonationCampaignEvent = { type: 'DonationCampaignClosed', data: { campaignId: CAMPAIGN, closedOn: '2023-07-31' } };

describe('DonationCampaign: LaunchDonationCampaign', () => {
  it('launches', () => given(decider).when(launch()).then([launched]));
  it('is a no-op when repeated', () => given(decider, [launched]).when(launch()).then([]));
  it('rejects the same id with other details', () => given(decider, [launched]).when(launch({ year: 2024 })).thenThrows(ConflictError));
  it('requires the organizer to be a union', () => {
    given(decider).when(launch({ organizer: { ...bureauUnion, kind: 'DEPARTMENT' } })).thenThrows(ValidationError, issueOn('organizerId'));
  });
  it('rejects an unknown organizer', () => given(decider).when(launch({ organizer: undefined })).thenThrows(NotFoundError));
  it('rejects a retired organizer', () => {
    given(decider).when(launch({ organizer: { ...bureauUnion, retired: true } })).thenThrows(ValidationError, issueOn('organizerId'));
  });
  it('rejects a bad name, year and date', () => {
    given(decider)
      .when(launch({ name: '', year: 1999, launchedOn: '2023-06-31' }))
      .thenThrows(ValidationError, { issues: [expect.objectContaining({ field: 'name' }), expect.objectContaining({ field: 'year' }), expect.objectContaining({ field: 'launchedOn' })] });
  });
});

describe('DonationCampaign: RecordUnionDonation', () => {
  it('records a department union donation in fen', () => given(decider, [launched]).when(recordDonation()).then([donationRecorded()]));
  it('is a no-op when the same donation is repeated', () => given(decider, [launched, donationRecorded()]).when(recordDonation()).then([]));
  it('is a no-op when repeated after closing', () => given(decider, [launched, donationRecorded(), closed]).when(recordDonation()).then([]));
  it('rejects the same donation id with other figures', () => {
    given(decider, [launched, donationRecorded()]).when(recordDonation({ amount: '5861' })).thenThrows(ConflictError);
  });
  it('rejects a donation to a closed campaign', () => {
    given(decider, [launched, closed]).when(recordDonation()).thenThrows(IllegalStateError);
  });
  it('rejects an unknown campaign', () => given(decider).when(recordDonation()).thenThrows(NotFoundError));
  it('accepts a remittance of exactly 1,000万 yuan', () => {
    given(decider, [launched]).when(recordDonation({ amount: '10000000.00' })).then([donationRecorded({ amountFen: 1_000_000_000 })]);
  });
  it('rejects a remittance above 1,000万 yuan, naming the amount', () => {
    given(decider, [launched])
      .when(recordDonation({ amount: '10000000.01' }))
      .thenThrows(ValidationError, { issues: [{ field: 'amount', message: '金额不能超过 10000000 元' }] });
  });
  it('requires the giver to be a union', () => {
    given(decider, [launched]).when(recordDonation({ union: unionSnapshot({ kind: 'PARTY_BRANCH' }) })).thenThrows(ValidationError, issueOn('unionId'));
  });
  it('rejects an unknown union', () => given(decider, [launched]).when(recordDonation({ union: null })).thenThrows(NotFoundError));
  it.each(['0', '0.00', '-5', '1e3', '12.345'])('rejects amount %p', (amount) => {
    given(decider, [launched]).when(recordDonation({ amount })).thenThrows(ValidationError, issueOn('amount'));
  });
  it.each([0, 2.5])('rejects donorCount %p', (donorCount) => {
    given(decider, [launched]).when(recordDonation({ donorCount })).thenThrows(ValidationError, issueOn('donorCount'));
  });
  it('rejects a receipt date before the launch', () => {
    given(decider, [launched]).when(recordDonation({ receivedOn: '2023-05-31' })).thenThrows(ValidationError, issueOn('receivedOn'));
  });
});

describe('DonationCampaign: CorrectUnionDonation', () => {
  const history = [launched, donationRecorded()];
  it('rejects a corrected amount above 1,000万 yuan, like a recorded one', () => {
    given(decider, history)
      .when(correctDonation({ amount: '10000001' }))
      .thenThrows(ValidationError, { issues: [{ field: 'amount', message: '金额不能超过 10000000 元' }] });
  });
  it('records only the changed figures', () => {
    given(decider, history)
      .when(correctDonation({ donorCount: 52, amount: '5860' }))
      .then([{ type: 'UnionDonationCorrected', data: { campaignId: CAMPAIGN, donationId: DONATION, reason: '少记一人 one donor missed', donorCount: 52 } }]);
  });
  it('is a no-op when already in effect', () => {
    const corrected: DonationCampaignEvent = { type: 'UnionDonationCorrected', data: { campaignId: CAMPAIGN, donationId: DONATION, reason: 'x', amountFen: 590000 } };
    given(decider, [...history, corrected]).when(correctDonation({ amount: '5900' })).then([]);
  });
  it('requires at least one figure', () => given(decider, history).when(correctDonation()).thenThrows(ValidationError, issueOn('amount')));
  it('requires a reason', () => given(decider, history).when(correctDonation({ reason: ' ', donorCount: 52 })).thenThrows(ValidationError, issueOn('reason')));
  it('rejects bad figures', () => {
    given(decider, history).when(correctDonation({ amount: '0', donorCount: 0 })).thenThrows(ValidationError, issueOn('donorCount'));
  });
  it('rejects an unknown donation', () => {
    given(decider, history).when(correctDonation({ donationId: uuid(299), donorCount: 52 })).thenThrows(NotFoundError);
  });
  it('rejects a correction after closing', () => {
    given(decider, [...history, closed]).when(correctDonation({ donorCount: 52 })).thenThrows(IllegalStateError);
  });
});

describe('DonationCampaign: CloseDonationCampaign', () => {
  it('closes', () => given(decider, [launched, donationRecorded()]).when(close()).then([closed]));
  it('rejects closing twice', () => given(decider, [launched, closed]).when(close()).thenThrows(IllegalStateError));
  it('rejects an unknown campaign', () => given(decider).when(close()).thenThrows(NotFoundError));
  it('rejects a closing date before the last donation', () => {
    given(decider, [launched, donationRecorded()]).when(close('2023-06-19')).thenThrows(ValidationError, issueOn('closedOn'));
  });
  it('rejects a bad closing date', () => given(decider, [launched]).when(close('2023-7-31')).thenThrows(ValidationError, issueOn('closedOn')));
});

describe('DonationCampaign: totals', () => {
  it('sums corrected figures and counts distinct unions', () => {
    const state = [
      launched,
      donationRecorded(),
      donationRecorded({ donationId: uuid(202), amountFen: 100000, donorCount: 10 }),
      { type: 'UnionDonationCorrected', data: { campaignId: CAMPAIGN, donationId: DONATION, reason: 'x', donorCount: 52 } } as DonationCampaignEvent,
    ].reduce(decider.evolve, decider.initialState());
    expect(campaignTotals(state)).toEqual({ amountFen: 686000, donorCount: 62, unionCount: 1 });
  });
});

describe('DonationCampaign: VoidUnionDonation', () => {
  const voidDonation = (over: Partial<Record<'campaignId' | 'donationId' | 'reason', unknown>> = {}): DonationCampaignCommand => ({
    type: 'VoidUnionDonation',
    data: { campaignId: CAMPAIGN, donationId: DONATION, reason: '重复录入', ...over } as { campaignId: string; donationId: string; reason: string },
  });
  const donationVoided: DonationCampaignEvent = { type: 'UnionDonationVoided', data: { campaignId: CAMPAIGN, donationId: DONATION, reason: '重复录入' } };
  const history = [launched, donationRecorded()];

  it('voids a donation, with its reason', () => given(decider, history).when(voidDonation({ reason: ' 重复录入 ' })).then([donationVoided]));
  it('takes a voided donation out of the campaign totals', () => {
    const state = [...history, donationRecorded({ donationId: uuid(202), amountFen: 100000, donorCount: 10 }), donationVoided].reduce(decider.evolve, decider.initialState());
    expect(campaignTotals(state)).toEqual({ amountFen: 100000, donorCount: 10, unionCount: 1 });
  });
  it('refuses to void it twice', () => given(decider, [...history, donationVoided]).when(voidDonation()).thenThrows(IllegalStateError, { message: expect.stringContaining('已作废') }));
  it('refuses to correct a voided donation', () => {
    given(decider, [...history, donationVoided]).when(correctDonation({ donorCount: 52 })).thenThrows(IllegalStateError, { message: expect.stringContaining('已作废') });
  });
  it('requires a reason', () => given(decider, history).when(voidDonation({ reason: '  ' })).thenThrows(ValidationError, issueOn('reason')));
  it('rejects an unknown donation and an unknown campaign', () => {
    given(decider, history).when(voidDonation({ donationId: uuid(299) })).thenThrows(NotFoundError);
    given(decider).when(voidDonation()).thenThrows(NotFoundError);
  });
  it('refuses a donation of a closed campaign: its figures are final', () => {
    given(decider, [...history, closed]).when(voidDonation()).thenThrows(IllegalStateError, { message: expect.stringContaining('定稿') });
  });
  it('lets the campaign close before a voided donation was received', () => {
    const lateVoided: DonationCampaignEvent = { type: 'UnionDonationVoided', data: { campaignId: CAMPAIGN, donationId: uuid(202), reason: '日期有误' } };
    given(decider, [...history, donationRecorded({ donationId: uuid(202), receivedOn: '2023-07-20' }), lateVoided])
      .when(close('2023-06-30'))
      .then([{ type: 'DonationCampaignClosed', data: { campaignId: CAMPAIGN, closedOn: '2023-06-30' } }]);
  });
});

describe('DonationCampaign: VoidDonationCampaign', () => {
  const voidCampaign = (reason: unknown = '重复发起'): DonationCampaignCommand => ({ type: 'VoidDonationCampaign', data: { campaignId: CAMPAIGN, reason } as { campaignId: string; reason: string } });
  const second = donationRecorded({ donationId: uuid(202), amountFen: 100000, donorCount: 10 });
  const firstVoided: DonationCampaignEvent = { type: 'UnionDonationVoided', data: { campaignId: CAMPAIGN, donationId: DONATION, reason: '录错' } };
  const campaignVoided: DonationCampaignEvent = { type: 'DonationCampaignVoided', data: { campaignId: CAMPAIGN, reason: '重复发起' } };

  it('voids a campaign without donations', () => given(decider, [launched]).when(voidCampaign()).then([campaignVoided]));
  it('voids the donations still counted with it, in one decision, then the campaign', () => {
    given(decider, [launched, donationRecorded(), second, firstVoided])
      .when(voidCampaign())
      .then([{ type: 'UnionDonationVoided', data: { campaignId: CAMPAIGN, donationId: uuid(202), reason: '重复发起' } }, campaignVoided]);
  });
  it('leaves nothing in the totals', () => {
    const history = [launched, donationRecorded(), second];
    const events = given(decider, history).when(voidCampaign()).events();
    const state = [...history, ...events].reduce(decider.evolve, decider.initialState());
    expect(state.status).toBe('voided');
    expect(campaignTotals(state)).toEqual({ amountFen: 0, donorCount: 0, unionCount: 0 });
  });
  it('voids a closed campaign too, keeping its closing date', () => {
    const state = [launched, closed, campaignVoided].reduce(decider.evolve, decider.initialState());
    expect(state).toMatchObject({ status: 'voided', reason: '重复发起', closedOn: '2023-07-31' });
    given(decider, [launched, closed]).when(voidCampaign()).then([campaignVoided]);
  });
  it.each<[string, DonationCampaignCommand]>([
    ['voiding it again', voidCampaign()],
    ['a new donation', recordDonation({ donationId: uuid(203) })],
    ['a correction', correctDonation({ donorCount: 52 })],
    ['closing it', close()],
  ])('refuses %s once voided, saying so', (_label, command) => {
    given(decider, [launched, donationRecorded(), { ...firstVoided, data: { ...firstVoided.data, reason: '重复发起' } }, campaignVoided])
      .when(command)
      .thenThrows(IllegalStateError, { message: expect.stringContaining('已作废') });
  });
  it('still answers a repeated donation with nothing to write', () => {
    given(decider, [launched, donationRecorded(), { ...firstVoided, data: { ...firstVoided.data, reason: '重复发起' } }, campaignVoided]).when(recordDonation()).then([]);
  });
  it('requires a reason', () => given(decider, [launched]).when(voidCampaign(' ')).thenThrows(ValidationError, issueOn('reason')));
  it('rejects an unknown campaign', () => given(decider).when(voidCampaign()).thenThrows(NotFoundError));
});
