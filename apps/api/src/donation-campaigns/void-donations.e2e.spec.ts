// Voiding 爱心一日捐 donations and whole campaigns over real HTTP with real tokens (docs/design.md §14):
// a voided donation or campaign stays in the history, leaves the totals and the ledgers, and
// refuses every further command with a Chinese CONFLICT.
import { ApiHarness, dataOf, type GraphQLResponse } from '../../test/api-harness';
import {
  CLOSE_CAMPAIGN,
  CORRECT_DONATION,
  type CampaignPayload,
  RECORD_DONATION,
  type UnionFixture,
  VOID_CAMPAIGN,
  VOID_DONATION,
  launchCampaign,
  registerUnions,
  unionDonation,
} from '../../test/donation-campaign.documents';
import { RECORD_HISTORY } from '../../test/documents';
import { LEDGER_CAMPAIGNS } from '../../test/ledgers.documents';

let api: ApiHarness;
let admin: string;
let org: UnionFixture;
let treasurer: string; // TREASURER of 南区局工会, the organizer
let departmentTreasurer: string; // TREASURER of 综合部工会 only
let recorder: string;

const SECTION = /* GraphQL */ `query Section($year: Int!) { communityResponsibility(year: $year) { charity { campaigns { campaignId amount donorCount unionCount } donatedTotal } } }`;
interface SectionAnswer {
  communityResponsibility: { charity: { campaigns: { campaignId: string; amount: string; donorCount: number; unionCount: number }[]; donatedTotal: string } };
}

beforeAll(async () => {
  api = await ApiHarness.start();
  admin = api.token({ sub: 'admin', roles: ['ADMIN'] });
  org = await registerUnions(api, admin);
  treasurer = api.token({ sub: 'bureau-union-treasurer', roles: ['TREASURER'], orgUnitIds: [org.bureauUnionId] });
  departmentTreasurer = api.token({ sub: 'zonghe-treasurer', roles: ['TREASURER'], orgUnitIds: [org.departmentUnionIds[0] ?? ''] });
  recorder = api.token({ sub: 'recorder', roles: ['RECORDER'], orgUnitIds: [org.bureauId] });
});
afterAll(() => api.close());

const unionAt = (index: number): string => org.departmentUnionIds[index] ?? '';

async function run(document: string, input: Record<string, unknown>, token: string | null = treasurer): Promise<GraphQLResponse<Record<string, CampaignPayload>>> {
  return api.gql<Record<string, CampaignPayload>>(document, { input }, token);
}
async function ok(document: string, input: Record<string, unknown>, token: string | null = treasurer): Promise<CampaignPayload> {
  const [payload] = Object.values(dataOf(await run(document, input, token)));
  if (!payload) throw new Error('no payload');
  return payload;
}
const refused = (document: string, input: Record<string, unknown>, code: string, field?: string, token: string | null = treasurer) => api.expectRefused(() => run(document, input, token), code, field);

/** A campaign of its own year (so that the section's figures are this test's alone) with two donations. */
async function campaignWithDonations(year: number): Promise<{ campaignId: string; first: string; second: string }> {
  const campaignId = (await launchCampaign(api, treasurer, org.bureauUnionId, { year, name: `${year}年爱心一日捐` })).campaign.id;
  const first = (await ok(RECORD_DONATION, unionDonation(campaignId, unionAt(0), { amount: '5860.00', donorCount: 51 }))).donationId ?? '';
  const second = (await ok(RECORD_DONATION, unionDonation(campaignId, unionAt(1), { amount: '8420.50', donorCount: 72 }))).donationId ?? '';
  return { campaignId, first, second };
}

const section = async (year: number) => dataOf(await api.gql<SectionAnswer>(SECTION, { year }, admin)).communityResponsibility.charity;

describe('voidUnionDonation', () => {
  it('voids a donation with its reason: it stays listed as voided, and leaves the totals, the section and the ledger', async () => {
    // Given a campaign with two donations
    const { campaignId, first, second } = await campaignWithDonations(2031);
    expect((await section(2031)).donatedTotal).toBe('14280.50');
    // When the organizer's treasurer voids the first
    const voided = await ok(VOID_DONATION, { campaignId, donationId: first, reason: '重复录入' });
    // Then it says so, and counts nowhere any more
    expect(voided.donationId).toBe(first);
    expect(voided.campaign.totals).toEqual({ amount: '8420.50', donorCount: 72, unionCount: 1 });
    expect(await api.head()).toBe(BigInt(voided.position));
    expect((await section(2031)).campaigns).toEqual([{ campaignId, amount: '8420.50', donorCount: 72, unionCount: 1 }]);
    const ledger = dataOf(await api.gql<{ donationCampaigns: { donations: { id: string; voided: boolean; voidReason: string | null }[] }[] }>(LEDGER_CAMPAIGNS, { filter: { year: 2031 } }, treasurer));
    expect(ledger.donationCampaigns[0]?.donations.map((d) => d.id)).toEqual([second]);
    const all = dataOf(await api.gql<typeof ledger>(LEDGER_CAMPAIGNS, { filter: { year: 2031, includeVoided: true } }, treasurer));
    expect(all.donationCampaigns[0]?.donations.find((d) => d.id === first)).toMatchObject({ voided: true, voidReason: '重复录入' });
    const history = dataOf(await api.gql<{ recordHistory: { type: string }[] }>(RECORD_HISTORY, { id: campaignId }, admin)).recordHistory.map((e) => e.type);
    expect(history.at(-1)).toBe('UnionDonationVoided');
  });

  it('refuses a donation voided already, its correction, and a donation of a closed campaign (CONFLICT, in Chinese)', async () => {
    const { campaignId, first, second } = await campaignWithDonations(2032);
    await ok(VOID_DONATION, { campaignId, donationId: first, reason: '重复录入' });
    const again = await refused(VOID_DONATION, { campaignId, donationId: first, reason: '重复录入' }, 'CONFLICT');
    expect(again.errors?.[0]?.message).toContain('已作废');
    await refused(CORRECT_DONATION, { campaignId, donationId: first, reason: '改数', donorCount: 50 }, 'CONFLICT');
    await ok(CLOSE_CAMPAIGN, { id: campaignId, closedOn: '2023-07-31' });
    const closed = await refused(VOID_DONATION, { campaignId, donationId: second, reason: '录错' }, 'CONFLICT');
    expect(closed.errors?.[0]?.message).toContain('定稿');
  });

  it("refuses an unknown donation, no reason, a department union's treasurer, a recorder and no token", async () => {
    const { campaignId, first } = await campaignWithDonations(2033);
    await refused(VOID_DONATION, { campaignId, donationId: '00000000-0000-4000-8000-000000000999', reason: '录错' }, 'NOT_FOUND');
    await refused(VOID_DONATION, { campaignId, donationId: first, reason: '  ' }, 'BAD_USER_INPUT', 'reason');
    await refused(VOID_DONATION, { campaignId, donationId: 'not-an-id', reason: '录错' }, 'BAD_USER_INPUT', 'donationId');
    await refused(VOID_DONATION, { campaignId, donationId: first, reason: '录错' }, 'FORBIDDEN', undefined, departmentTreasurer);
    await refused(VOID_DONATION, { campaignId, donationId: first, reason: '录错' }, 'FORBIDDEN', undefined, recorder);
    await refused(VOID_DONATION, { campaignId, donationId: first, reason: '录错' }, 'UNAUTHENTICATED', undefined, null);
  });
});

describe('voidDonationCampaign', () => {
  it('voids a campaign with its donations in one decision: it leaves the section and the ledger, and stays in the history', async () => {
    // Given a campaign with two donations, one of them voided already
    const { campaignId, first, second } = await campaignWithDonations(2034);
    await ok(VOID_DONATION, { campaignId, donationId: first, reason: '重复录入' });
    const head = await api.head();
    // When the campaign is voided
    const voided = await ok(VOID_CAMPAIGN, { id: campaignId, reason: '重复发起' });
    // Then its last donation goes with it, in the same append, and nothing of it counts
    expect(BigInt(voided.position) - head).toBe(2n);
    expect(voided.campaign.totals).toEqual({ amount: '0.00', donorCount: 0, unionCount: 0 });
    expect(await section(2034)).toEqual({ campaigns: [], donatedTotal: '0.00' });
    expect(dataOf(await api.gql<{ donationCampaigns: unknown[] }>(LEDGER_CAMPAIGNS, { filter: { year: 2034 } }, treasurer)).donationCampaigns).toEqual([]);
    const kept = dataOf(await api.gql<{ donationCampaigns: { voided: boolean; voidReason: string; donations: { id: string; voidReason: string }[] }[] }>(LEDGER_CAMPAIGNS, { filter: { year: 2034, includeVoided: true } }, treasurer));
    expect(kept.donationCampaigns[0]).toMatchObject({ voided: true, voidReason: '重复发起' });
    expect(kept.donationCampaigns[0]?.donations.map((d) => [d.id, d.voidReason])).toEqual([
      [first, '重复录入'],
      [second, '重复发起'],
    ]);
    const history = dataOf(await api.gql<{ recordHistory: { type: string }[] }>(RECORD_HISTORY, { id: campaignId }, admin)).recordHistory.map((e) => e.type);
    expect(history.slice(-2)).toEqual(['UnionDonationVoided', 'DonationCampaignVoided']);
  });

  it('voids a closed campaign too; a voided campaign refuses donations, corrections, closing and a second void (CONFLICT)', async () => {
    const { campaignId, second } = await campaignWithDonations(2035);
    await ok(CLOSE_CAMPAIGN, { id: campaignId, closedOn: '2023-07-31' });
    expect((await ok(VOID_CAMPAIGN, { id: campaignId, reason: '重复发起' })).campaign).toMatchObject({ closed: true, closedOn: '2023-07-31' });
    expect((await section(2035)).donatedTotal).toBe('0.00');
    const campaign2 = (await launchCampaign(api, treasurer, org.bureauUnionId, { year: 2036, name: '另一个活动' })).campaign.id;
    await ok(VOID_CAMPAIGN, { id: campaign2, reason: '发起错了' });
    for (const [document, input] of [
      [RECORD_DONATION, unionDonation(campaign2, unionAt(2))],
      [CLOSE_CAMPAIGN, { id: campaign2, closedOn: '2023-07-31' }],
      [VOID_CAMPAIGN, { id: campaign2, reason: '再作废一次' }],
      [CORRECT_DONATION, { campaignId, donationId: second, reason: '改数', donorCount: 50 }],
    ] as const) {
      const answer = await refused(document, input, 'CONFLICT');
      expect(answer.errors?.[0]?.message).toContain('已作废');
    }
  });

  it("refuses an unknown campaign, no reason, a department union's treasurer, a recorder and no token", async () => {
    const { campaignId } = await campaignWithDonations(2037);
    await refused(VOID_CAMPAIGN, { id: '00000000-0000-4000-8000-000000000999', reason: '录错' }, 'NOT_FOUND');
    await refused(VOID_CAMPAIGN, { id: campaignId, reason: '' }, 'BAD_USER_INPUT', 'reason');
    await refused(VOID_CAMPAIGN, { id: campaignId, reason: '录错' }, 'FORBIDDEN', undefined, departmentTreasurer);
    await refused(VOID_CAMPAIGN, { id: campaignId, reason: '录错' }, 'FORBIDDEN', undefined, recorder);
    await refused(VOID_CAMPAIGN, { id: campaignId, reason: '录错' }, 'UNAUTHENTICATED', undefined, null);
  });
});
