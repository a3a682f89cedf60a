// 爱心一日捐 one-day donation over real HTTP with real tokens, on a fresh database: launch, record
// and correct union donations, close (docs/design.md §3, §6, §7, §8, §12).
import { ApiHarness, dataOf, type GraphQLResponse } from '../../test/api-harness';
import {
  CLOSE_CAMPAIGN,
  CORRECT_DONATION,
  type CampaignPayload,
  DEPARTMENT_DONATIONS_2023,
  LAUNCH_CAMPAIGN,
  RECORD_DONATION,
  type UnionFixture,
  campaign2023,
  launchCampaign,
  registerUnions,
  unionDonation,
} from '../../test/donation-campaign.documents';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000999';

let api: ApiHarness;
let admin: string;
let org: UnionFixture;
let treasurer: string; // TREASURER of 南区局工会, the organizer: covers the whole campaign
let departmentTreasurer: string; // TREASURER of 综合部工会 only
let recorder: string; // RECORDER for all of 南区局: the wrong role for money
let outsider: string; // TREASURER of 北区局工会: another bureau

beforeAll(async () => {
  api = await ApiHarness.start();
  admin = api.token({ sub: 'admin', roles: ['ADMIN'] });
  org = await registerUnions(api, admin);
  treasurer = api.token({ sub: 'bureau-union-treasurer', name: '区局工会财务', roles: ['TREASURER'], orgUnitIds: [org.bureauUnionId] });
  departmentTreasurer = api.token({ sub: 'zonghe-treasurer', roles: ['TREASURER'], orgUnitIds: [org.departmentUnionIds[0] ?? ''] });
  recorder = api.token({ sub: 'recorder', roles: ['RECORDER'], orgUnitIds: [org.bureauId] });
  outsider = api.token({ sub: 'north-treasurer', roles: ['TREASURER'], orgUnitIds: [org.otherBureauUnionId] });
});

afterAll(() => api.close());

const unionAt = (index: number): string => org.departmentUnionIds[index % org.departmentUnionIds.length] ?? '';

async function run(document: string, input: Record<string, unknown>, token: string | null = treasurer): Promise<GraphQLResponse<Record<string, CampaignPayload>>> {
  return api.gql<Record<string, CampaignPayload>>(document, { input }, token);
}

/** The single payload of a successful mutation. */
async function ok(document: string, input: Record<string, unknown>, token: string | null = treasurer): Promise<CampaignPayload> {
  const [payload] = Object.values(dataOf(await run(document, input, token)));
  if (!payload) throw new Error('no payload');
  return payload;
}

/** The request fails with `code` (naming `field` when given) and writes nothing. */
const expectRejected = (document: string, input: Record<string, unknown>, code: string, field?: string, token: string | null = treasurer) =>
  api.expectRefused(() => run(document, input, token), code, field);

async function freshCampaign(overrides: Record<string, unknown> = {}): Promise<string> {
  return (await launchCampaign(api, treasurer, org.bureauUnionId, overrides)).campaign.id;
}

describe('launchDonationCampaign', () => {
  it('launches a campaign for the organizing union and answers with it and the store head', async () => {
    const result = await ok(LAUNCH_CAMPAIGN, campaign2023(org.bureauUnionId, { name: ' 2023年爱心一日捐 ' }));
    expect(result).toMatchObject({ donationId: null });
    expect(result.campaign).toMatchObject({
      name: '2023年爱心一日捐',
      organizerId: org.bureauUnionId,
      organizerPath: ['南区局', '南区局工会'],
      year: 2023,
      launchedOn: '2023-06-01',
      closed: false,
      closedOn: null,
      donations: [],
      totals: { amount: '0.00', donorCount: 0, unionCount: 0 },
    });
    expect(await api.head()).toBe(BigInt(result.position));
  });

  it('returns the first result and writes nothing for a repeat with the same key; CONFLICT for the same key with other data', async () => {
    const input = campaign2023(org.bureauUnionId, { idempotencyKey: 'campaign-2023' });
    const first = await ok(LAUNCH_CAMPAIGN, input);
    const head = await api.head();
    expect(await ok(LAUNCH_CAMPAIGN, input)).toEqual(first);
    expect(await api.head()).toBe(head);
    await expectRejected(LAUNCH_CAMPAIGN, { ...input, year: 2024 }, 'CONFLICT');
  });

  it.each<[string, () => Record<string, unknown>, string, string | undefined]>([
    ['an empty name', () => ({ name: '' }), 'BAD_USER_INPUT', 'name'],
    ['a blank name', () => ({ name: '   ' }), 'BAD_USER_INPUT', 'name'],
    ['a name over 100 characters', () => ({ name: '爱'.repeat(101) }), 'BAD_USER_INPUT', 'name'],
    ['a name that is not text', () => ({ name: 2023 }), 'BAD_USER_INPUT', 'name'],
    ['a year sent as text', () => ({ year: '2023' }), 'BAD_USER_INPUT', 'year'],
    ['a fractional year', () => ({ year: 2023.5 }), 'BAD_USER_INPUT', 'year'],
    ['a year before 2000', () => ({ year: 1999 }), 'BAD_USER_INPUT', 'year'],
    ['a year after 2100', () => ({ year: 2101 }), 'BAD_USER_INPUT', 'year'],
    ['an impossible date', () => ({ launchedOn: '2023-02-30' }), 'BAD_USER_INPUT', 'launchedOn'],
    ['a date not written YYYY-MM-DD', () => ({ launchedOn: '2023-6-1' }), 'BAD_USER_INPUT', 'launchedOn'],
    ['a date out of range', () => ({ launchedOn: '1999-12-31' }), 'BAD_USER_INPUT', 'launchedOn'],
    ['a date sent as a number', () => ({ launchedOn: 20230601 }), 'BAD_USER_INPUT', 'launchedOn'],
    ['an organizer that is not an id', () => ({ organizerId: '南区局工会' }), 'BAD_USER_INPUT', 'organizerId'],
    ['an organizer that is not a UNION', () => ({ organizerId: org.departmentId }), 'BAD_USER_INPUT', 'organizerId'],
    ['an unknown organizer', () => ({ organizerId: UNKNOWN_ID }), 'NOT_FOUND', undefined],
    ['a field the input does not have', () => ({ amount: '100.00' }), 'BAD_USER_INPUT', undefined],
    ['a malformed idempotency key', () => ({ idempotencyKey: 'key with spaces' }), 'BAD_USER_INPUT', 'idempotencyKey'],
  ])('refuses %s and writes nothing', async (_label, overrides, code, field) => {
    // ADMIN, so that only the input is at fault (a treasurer would not cover a department at all).
    await expectRejected(LAUNCH_CAMPAIGN, campaign2023(org.bureauUnionId, overrides()), code, field, admin);
  });

  it('refuses a RECORDER (FORBIDDEN), a treasurer of another bureau (FORBIDDEN) and a request without a token (UNAUTHENTICATED)', async () => {
    await expectRejected(LAUNCH_CAMPAIGN, campaign2023(org.bureauUnionId), 'FORBIDDEN', undefined, recorder);
    await expectRejected(LAUNCH_CAMPAIGN, campaign2023(org.bureauUnionId), 'FORBIDDEN', undefined, outsider);
    await expectRejected(LAUNCH_CAMPAIGN, campaign2023(org.bureauUnionId), 'FORBIDDEN', undefined, departmentTreasurer);
    await expectRejected(LAUNCH_CAMPAIGN, campaign2023(org.bureauUnionId), 'UNAUTHENTICATED', undefined, null);
  });
});

describe('recordUnionDonation', () => {
  it('records the seven 部门工会 donations of 2023: 41,620.00 元 from 358 donors in 7 unions', async () => {
    const campaignId = await freshCampaign();
    let last: CampaignPayload | undefined;
    for (const [index, figures] of DEPARTMENT_DONATIONS_2023.entries()) {
      last = await ok(RECORD_DONATION, unionDonation(campaignId, unionAt(index), { amount: figures.amount, donorCount: figures.donorCount }));
      expect(last.campaign.donations.at(-1)).toEqual({
        id: last.donationId,
        unionId: unionAt(index),
        unionPath: ['南区局', figures.department, `${figures.department}工会`],
        amount: figures.amount,
        donorCount: figures.donorCount,
        receivedOn: '2023-06-20',
      });
      expect(await api.head()).toBe(BigInt(last.position));
    }
    expect(last?.campaign.donations).toHaveLength(7);
    expect(last?.campaign.totals).toEqual({ amount: '41620.00', donorCount: 358, unionCount: 7 });
  });

  it('records a donation once for a repeat with the same key; CONFLICT for the same key with another amount', async () => {
    const campaignId = await freshCampaign();
    const input = unionDonation(campaignId, unionAt(1), { amount: '8420.50', donorCount: 72, idempotencyKey: 'wangluo-2023' });
    const first = await ok(RECORD_DONATION, input);
    const head = await api.head();
    expect(await ok(RECORD_DONATION, input)).toEqual(first);
    expect(await api.head()).toBe(head);
    await expectRejected(RECORD_DONATION, { ...input, amount: '8420.00' }, 'CONFLICT');
    expect((await ok(RECORD_DONATION, unionDonation(campaignId, unionAt(2)))).campaign.donations).toHaveLength(2);
  });

  it("lets a department union's treasurer remit its own union's donation, but not another union's", async () => {
    const campaignId = await freshCampaign();
    const own = await ok(RECORD_DONATION, unionDonation(campaignId, unionAt(0)), departmentTreasurer);
    expect(own.campaign.donations.map((d) => d.unionId)).toEqual([unionAt(0)]);
    await expectRejected(RECORD_DONATION, unionDonation(campaignId, unionAt(1)), 'FORBIDDEN', undefined, departmentTreasurer);
  });

  describe('bad input writes nothing', () => {
    let campaignId: string;
    beforeAll(async () => {
      campaignId = await freshCampaign();
    });

    it.each<[string, () => Record<string, unknown>, string, string | undefined]>([
      ['an amount sent as a number', () => ({ amount: 41620 }), 'BAD_USER_INPUT', 'amount'],
      ['an amount with 3 decimals', () => ({ amount: '12.345' }), 'BAD_USER_INPUT', 'amount'],
      ['a negative amount', () => ({ amount: '-1' }), 'BAD_USER_INPUT', 'amount'],
      ['an amount in exponent form', () => ({ amount: '1e3' }), 'BAD_USER_INPUT', 'amount'],
      ['an amount with a thousands separator', () => ({ amount: '41,620.00' }), 'BAD_USER_INPUT', 'amount'],
      ['an empty amount', () => ({ amount: '' }), 'BAD_USER_INPUT', 'amount'],
      ['a zero amount', () => ({ amount: '0.00' }), 'BAD_USER_INPUT', 'amount'],
      ['an amount over 1,000万 yuan', () => ({ amount: '10000000.01' }), 'BAD_USER_INPUT', 'amount'],
      ['an amount beyond any safe number of fen', () => ({ amount: '99999999999999999999' }), 'BAD_USER_INPUT', 'amount'],
      ['no donors', () => ({ donorCount: 0 }), 'BAD_USER_INPUT', 'donorCount'],
      ['a negative donor count', () => ({ donorCount: -3 }), 'BAD_USER_INPUT', 'donorCount'],
      ['a fractional donor count', () => ({ donorCount: 2.5 }), 'BAD_USER_INPUT', 'donorCount'],
      ['a donor count sent as text', () => ({ donorCount: '51' }), 'BAD_USER_INPUT', 'donorCount'],
      ['a donor count beyond Int', () => ({ donorCount: 2 ** 31 }), 'BAD_USER_INPUT', 'donorCount'],
      ['an impossible date', () => ({ receivedOn: '2023-13-01' }), 'BAD_USER_INPUT', 'receivedOn'],
      ['a 29 February of a common year', () => ({ receivedOn: '2023-02-29' }), 'BAD_USER_INPUT', 'receivedOn'],
      ['a date before the launch', () => ({ receivedOn: '2023-05-31' }), 'BAD_USER_INPUT', 'receivedOn'],
      ['an empty date', () => ({ receivedOn: '' }), 'BAD_USER_INPUT', 'receivedOn'],
      ['a donating unit that is not a UNION', () => ({ unionId: org.departmentId }), 'BAD_USER_INPUT', 'unionId'],
      ['an unknown union', () => ({ unionId: UNKNOWN_ID }), 'NOT_FOUND', undefined],
      ['an unknown campaign', () => ({ campaignId: UNKNOWN_ID }), 'NOT_FOUND', undefined],
      ['a campaign id that is not an id', () => ({ campaignId: '爱心一日捐' }), 'BAD_USER_INPUT', 'campaignId'],
      ['an oversized idempotency key', () => ({ idempotencyKey: 'k'.repeat(101) }), 'BAD_USER_INPUT', 'idempotencyKey'],
    ])('refuses %s', async (_label, overrides, code, field) => {
      await expectRejected(RECORD_DONATION, unionDonation(campaignId, unionAt(0), overrides()), code, field);
    });

    it('refuses a missing amount', async () => {
      const { amount: _amount, ...rest } = unionDonation(campaignId, unionAt(0));
      await expectRejected(RECORD_DONATION, rest, 'BAD_USER_INPUT', 'amount');
    });
  });

  it('refuses a RECORDER, a treasurer of another bureau and a request without a token', async () => {
    const campaignId = await freshCampaign();
    await expectRejected(RECORD_DONATION, unionDonation(campaignId, unionAt(0)), 'FORBIDDEN', undefined, recorder);
    await expectRejected(RECORD_DONATION, unionDonation(campaignId, unionAt(0)), 'FORBIDDEN', undefined, outsider);
    await expectRejected(RECORD_DONATION, unionDonation(campaignId, unionAt(0)), 'UNAUTHENTICATED', undefined, null);
  });

  it('lands 100 concurrent donations on one campaign exactly once each, and adds nothing when all 100 are repeated', async () => {
    const campaignId = await freshCampaign();
    // 1.01 元 … 100.01 元 from 1 … 100 donors: exactly 5,050.00 + 100 × 0.01 = 5,051.00 元 from 5,050 donors.
    const inputs = Array.from({ length: 100 }, (_, i) =>
      unionDonation(campaignId, unionAt(i), { amount: `${i + 1}.01`, donorCount: i + 1, idempotencyKey: `concurrent-${i}` }),
    );
    const first = await Promise.all(inputs.map((input) => run(RECORD_DONATION, input)));
    expect(first.flatMap((r) => r.errors ?? [])).toEqual([]);
    const donationIds = first.map((r) => dataOf(r)['recordUnionDonation']?.donationId);
    expect(new Set(donationIds).size).toBe(100);

    const head = await api.head();
    const again = await Promise.all(inputs.map((input) => run(RECORD_DONATION, input)));
    expect(again.flatMap((r) => r.errors ?? [])).toEqual([]);
    expect(again.map((r) => dataOf(r)['recordUnionDonation']?.donationId)).toEqual(donationIds);
    expect(await api.head()).toBe(head);

    const { campaign } = await ok(CLOSE_CAMPAIGN, { id: campaignId, closedOn: '2023-07-31' });
    expect(campaign.donations).toHaveLength(100);
    expect(new Set(campaign.donations.map((d) => d.id))).toEqual(new Set(donationIds));
    expect(campaign.totals).toEqual({ amount: '5051.00', donorCount: 5050, unionCount: 7 });
  });
});

describe('correctUnionDonation', () => {
  let campaignId: string;
  let donationId: string;
  beforeAll(async () => {
    campaignId = await freshCampaign();
    donationId = (await ok(RECORD_DONATION, unionDonation(campaignId, unionAt(0)))).donationId ?? '';
  });

  it('corrects the figures sent, keeps the others, and answers with the donation id and the store head', async () => {
    const result = await ok(CORRECT_DONATION, { campaignId, donationId, reason: '少记一人', donorCount: 52 });
    expect(result.donationId).toBe(donationId);
    expect(result.campaign.donations).toEqual([expect.objectContaining({ id: donationId, amount: '5860.00', donorCount: 52 })]);
    expect(await api.head()).toBe(BigInt(result.position));
    const amended = await ok(CORRECT_DONATION, { campaignId, donationId, reason: '补交现金', amount: '5880.00' });
    expect(amended.campaign.totals).toEqual({ amount: '5880.00', donorCount: 52, unionCount: 1 });
  });

  it.each<[string, () => Record<string, unknown>, string, string | undefined]>([
    ['nothing to correct', () => ({}), 'BAD_USER_INPUT', 'amount'],
    ['a blank reason', () => ({ reason: '  ', donorCount: 53 }), 'BAD_USER_INPUT', 'reason'],
    ['a reason over 500 characters', () => ({ reason: '误'.repeat(501), donorCount: 53 }), 'BAD_USER_INPUT', 'reason'],
    ['a zero amount', () => ({ amount: '0' }), 'BAD_USER_INPUT', 'amount'],
    ['an amount sent as a number', () => ({ amount: 5880 }), 'BAD_USER_INPUT', 'amount'],
    ['an amount with 3 decimals', () => ({ amount: '5880.001' }), 'BAD_USER_INPUT', 'amount'],
    ['no donors', () => ({ donorCount: 0 }), 'BAD_USER_INPUT', 'donorCount'],
    ['an unknown donation', () => ({ donationId: UNKNOWN_ID, donorCount: 53 }), 'NOT_FOUND', undefined],
    ['an unknown campaign', () => ({ campaignId: UNKNOWN_ID, donorCount: 53 }), 'NOT_FOUND', undefined],
  ])('refuses %s and writes nothing', async (_label, overrides, code, field) => {
    await expectRejected(CORRECT_DONATION, { campaignId, donationId, reason: '更正', ...overrides() }, code, field);
  });

  it("is the organizer's: a department treasurer, a RECORDER and an outsider are FORBIDDEN; no token is UNAUTHENTICATED", async () => {
    const input = { campaignId, donationId, reason: '更正', donorCount: 60 };
    await expectRejected(CORRECT_DONATION, input, 'FORBIDDEN', undefined, departmentTreasurer);
    await expectRejected(CORRECT_DONATION, input, 'FORBIDDEN', undefined, recorder);
    await expectRejected(CORRECT_DONATION, input, 'FORBIDDEN', undefined, outsider);
    await expectRejected(CORRECT_DONATION, input, 'UNAUTHENTICATED', undefined, null);
  });
});

describe('closeDonationCampaign', () => {
  it('closes the campaign, after which nothing more is accepted (CONFLICT) and nothing is written', async () => {
    const campaignId = await freshCampaign();
    const donationId = (await ok(RECORD_DONATION, unionDonation(campaignId, unionAt(0)))).donationId;
    const result = await ok(CLOSE_CAMPAIGN, { id: campaignId, closedOn: '2023-07-31' });
    expect(result.campaign).toMatchObject({ closed: true, closedOn: '2023-07-31', totals: { amount: '5860.00', donorCount: 51, unionCount: 1 } });
    expect(result.donationId).toBeNull();
    expect(await api.head()).toBe(BigInt(result.position));

    await expectRejected(RECORD_DONATION, unionDonation(campaignId, unionAt(1), { receivedOn: '2023-07-30' }), 'CONFLICT');
    await expectRejected(CORRECT_DONATION, { campaignId, donationId, reason: '迟到的更正', donorCount: 50 }, 'CONFLICT');
    await expectRejected(CLOSE_CAMPAIGN, { id: campaignId, closedOn: '2023-08-01' }, 'CONFLICT');
  });

  it.each<[string, () => Record<string, unknown>, string, string | undefined]>([
    ['a closing date before the last donation', () => ({ closedOn: '2023-06-19' }), 'BAD_USER_INPUT', 'closedOn'],
    ['an impossible closing date', () => ({ closedOn: '2023-06-31' }), 'BAD_USER_INPUT', 'closedOn'],
    ['a missing closing date', () => ({ closedOn: undefined }), 'BAD_USER_INPUT', 'closedOn'],
    ['an unknown campaign', () => ({ id: UNKNOWN_ID }), 'NOT_FOUND', undefined],
  ])('refuses %s and writes nothing', async (_label, overrides, code, field) => {
    const campaignId = await freshCampaign();
    await ok(RECORD_DONATION, unionDonation(campaignId, unionAt(0)));
    await expectRejected(CLOSE_CAMPAIGN, { id: campaignId, closedOn: '2023-07-31', ...overrides() }, code, field);
  });

  it('refuses a department treasurer, a RECORDER, an outsider and a request without a token', async () => {
    const input = { id: await freshCampaign(), closedOn: '2023-07-31' };
    for (const token of [departmentTreasurer, recorder, outsider]) await expectRejected(CLOSE_CAMPAIGN, input, 'FORBIDDEN', undefined, token);
    await expectRejected(CLOSE_CAMPAIGN, input, 'UNAUTHENTICATED', undefined, null);
  });
});
