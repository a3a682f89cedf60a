// Issue 12 item 4: what a payload shows obeys the scope of the queries. A 部门工会 department
// union's treasurer who records its own 爱心一日捐 donation gets back its own union's figures, not
// every other union's amount and donor count, and so does a replay of its idempotency key.
import { ApiHarness, dataOf } from '../../test/api-harness';
import { type CampaignPayload, launchCampaign, RECORD_DONATION, registerUnions, type UnionFixture, unionDonation } from '../../test/donation-campaign.documents';

let api: ApiHarness;
let org: UnionFixture;
let treasurer: string; // of 南区局工会, the organizer
let departmentTreasurer: string; // of 综合部工会 only
let campaignId: string;

beforeAll(async () => {
  api = await ApiHarness.start();
  const admin = api.token({ sub: 'admin', roles: ['ADMIN'] });
  org = await registerUnions(api, admin);
  treasurer = api.token({ sub: 'bureau-union-treasurer', roles: ['TREASURER'], orgUnitIds: [org.bureauUnionId] });
  departmentTreasurer = api.token({ sub: 'zonghe-treasurer', roles: ['TREASURER'], orgUnitIds: [org.departmentUnionIds[0] ?? ''] });
  campaignId = (await launchCampaign(api, treasurer, org.bureauUnionId)).campaign.id;
  // Two other unions' donations, recorded by the organizer's treasurer.
  for (const [index, amount, donorCount] of [[1, '8420.50', 72], [2, '6130.00', 53]] as const) {
    await record(unionDonation(campaignId, org.departmentUnionIds[index] ?? '', { amount, donorCount }), treasurer);
  }
});

afterAll(() => api.close());

async function record(input: Record<string, unknown>, token: string): Promise<CampaignPayload> {
  return dataOf(await api.gql<{ recordUnionDonation: CampaignPayload }>(RECORD_DONATION, { input }, token)).recordUnionDonation;
}

describe("a department union's treasurer recording its own donation", () => {
  const own = () => unionDonation(campaignId, org.departmentUnionIds[0] ?? '', { amount: '5860.00', donorCount: 51, idempotencyKey: 'zonghe-2023' });

  it("sees its own union's donation and figures only, with the campaign's name and year", async () => {
    const payload = await record(own(), departmentTreasurer);
    expect(payload.campaign).toMatchObject({ id: campaignId, name: '2023年爱心一日捐', year: 2023 });
    expect(payload.campaign.donations.map((d) => d.unionId)).toEqual([org.departmentUnionIds[0]]);
    expect(payload.campaign.totals).toEqual({ amount: '5860.00', donorCount: 51, unionCount: 1 });
    expect(JSON.stringify(payload)).not.toMatch(/8420\.50|6130\.00|网络部|客户服务部/);
  });

  it('and so does a replay of its idempotency key', async () => {
    const replay = await record(own(), departmentTreasurer);
    expect(replay.campaign.donations.map((d) => d.unionId)).toEqual([org.departmentUnionIds[0]]);
    expect(replay.campaign.totals).toEqual({ amount: '5860.00', donorCount: 51, unionCount: 1 });
  });

  it("while the organizer's treasurer sees the whole campaign", async () => {
    const payload = await record(unionDonation(campaignId, org.departmentUnionIds[3] ?? '', { amount: '5210.00', donorCount: 45 }), treasurer);
    expect(payload.campaign.donations).toHaveLength(4);
    expect(payload.campaign.totals).toEqual({ amount: '25620.50', donorCount: 221, unionCount: 4 });
  });
});

describe('the 部门工会 a campaign expects (expectedUnions)', () => {
  const EXPECTED = `query ($year: Int!) { donationCampaigns(filter: { year: $year }) { id expectedUnions { id kind } } }`;
  const expectedFor = async (token: string) =>
    dataOf(await api.gql<{ donationCampaigns: { id: string; expectedUnions: { id: string; kind: string }[] }[] }>(EXPECTED, { year: 2023 }, token)).donationCampaigns.find((c) => c.id === campaignId)?.expectedUnions;

  it('are every department union for the organizer’s treasurer, though they lie outside its scope', async () => {
    const units = await expectedFor(treasurer);
    expect(units?.map((u) => u.id)).toEqual(org.departmentUnionIds);
    expect(units?.every((u) => u.kind === 'UNION')).toBe(true);
  });

  it('are only its own union for a department union’s treasurer', async () => {
    expect((await expectedFor(departmentTreasurer))?.map((u) => u.id)).toEqual([org.departmentUnionIds[0]]);
  });
});
