// grantRelief / correctReliefGrant / voidReliefGrant (帮困 hardship relief) over real HTTP with
// real tokens, on a fresh database (docs/design.md §3, §6, §7, §8).
import { ApiHarness, dataOf, errorCode } from '../../test/api-harness';
import { type OrgFixture, RECORD_HISTORY, registerBureau, registerOrgUnit } from '../../test/documents';
import {
  CORRECT_RELIEF,
  type CorrectedGrant,
  GRANT_RELIEF,
  type Granted,
  VOID_RELIEF,
  type VoidedGrant,
  springFestivalRelief,
} from '../../test/relief-grants.documents';

let api: ApiHarness;
let admin: string;
let org: OrgFixture;
let otherUnionId: string;
let treasurer: string; // TREASURER for 网络部工会
let otherTreasurer: string; // TREASURER for another union only
let recorder: string; // RECORDER for the whole bureau: the right scope, the wrong role

beforeAll(async () => {
  api = await ApiHarness.start();
  admin = api.token({ sub: 'admin', roles: ['ADMIN'] });
  org = await registerBureau(api, admin);
  otherUnionId = await registerOrgUnit(api, admin, { name: '市场部工会', kind: 'UNION', parentId: org.bureauId });
  treasurer = api.token({ sub: 'union-treasurer', roles: ['TREASURER'], orgUnitIds: [org.unionId] });
  otherTreasurer = api.token({ sub: 'other-treasurer', roles: ['TREASURER'], orgUnitIds: [otherUnionId] });
  recorder = api.token({ sub: 'bureau-recorder', roles: ['RECORDER'], orgUnitIds: [org.bureauId] });
});

afterAll(() => api.close());

const grant = (input: Record<string, unknown>, token: string | null = treasurer) => api.gql<Granted>(GRANT_RELIEF, { input }, token);
const correct = (input: Record<string, unknown>, token: string | null = treasurer) => api.gql<CorrectedGrant>(CORRECT_RELIEF, { input }, token);
const voidGrant = (input: Record<string, unknown>, token: string | null = treasurer) => api.gql<VoidedGrant>(VOID_RELIEF, { input }, token);

async function newGrant(overrides: Record<string, unknown> = {}): Promise<string> {
  return dataOf(await grant(springFestivalRelief(org.unionId, overrides))).grantRelief.grant.id;
}


const UNKNOWN_ID = '00000000-0000-4000-8000-000000000404';

describe('grantRelief', () => {
  it('records a grant by the union, with amount as yuan and the union path, and answers with the store head', async () => {
    const { grantRelief: result } = dataOf(await grant(springFestivalRelief(org.unionId, { amount: '7500' })));
    expect(result.grant).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      unionId: org.unionId,
      unionPath: ['南区局', '网络部工会'],
      grantedOn: '2023-01-16',
      amount: '7500.00',
      personTimes: 15,
      category: 'LIVING_HARDSHIP',
      voided: false,
      voidReason: null,
    });
    expect(await api.head()).toBe(BigInt(result.position));
  });

  it('lets an ADMIN grant for any union', async () => {
    const result = dataOf(await grant(springFestivalRelief(otherUnionId, { category: 'SERIOUS_ILLNESS', amount: '2000.50', personTimes: 1 }), admin));
    expect(result.grantRelief.grant).toMatchObject({ unionPath: ['南区局', '市场部工会'], amount: '2000.50', category: 'SERIOUS_ILLNESS' });
  });

  it('returns the first result and writes nothing when the same idempotency key repeats the same request', async () => {
    const input = springFestivalRelief(org.unionId, { idempotencyKey: 'relief-2023-spring' });
    const first = dataOf(await grant(input)).grantRelief;
    const head = await api.head();
    const again = dataOf(await grant(input)).grantRelief;
    expect(again).toEqual(first);
    expect(await api.head()).toBe(head);
  });

  it('answers CONFLICT, writing nothing, when an idempotency key is reused for different data', async () => {
    await grant(springFestivalRelief(org.unionId, { idempotencyKey: 'relief-reused' }));
    await api.expectRefused(() => grant(springFestivalRelief(org.unionId, { idempotencyKey: 'relief-reused', personTimes: 16 })), 'CONFLICT');
  });

  it('has no field for a recipient: sending recipientName is BAD_USER_INPUT and writes nothing', async () => {
    const response = await api.expectRefused(() => grant(springFestivalRelief(org.unionId, { recipientName: '张三' })), 'BAD_USER_INPUT');
    expect(JSON.stringify(response.errors)).toContain('recipientName');
  });

  it.each<[string, Record<string, unknown>]>([
    ['personTimes as a string', { personTimes: '15' }],
    ['personTimes 0', { personTimes: 0 }],
    ['negative personTimes', { personTimes: -3 }],
    ['fractional personTimes', { personTimes: 1.5 }],
    ['amount as a JSON number', { amount: 7500 }],
    ['amount with 3 decimals', { amount: '7500.005' }],
    ['a negative amount', { amount: '-500.00' }],
    ['a zero amount', { amount: '0.00' }],
    ['an empty amount', { amount: '' }],
    ['an impossible date', { grantedOn: '2023-02-30' }],
    ['a date out of range', { grantedOn: '1999-12-31' }],
    ['a date in another format', { grantedOn: '2023/01/16' }],
    ['an unknown category', { category: 'LOTTERY' }],
    ['a unionId that is not an id', { unionId: 'union-1' }],
    ['a missing amount', { amount: undefined }],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_case, overrides) => {
    await api.expectRefused(() => grant(springFestivalRelief(org.unionId, overrides)), 'BAD_USER_INPUT');
  });

  it('refuses a grant from a unit that is not a UNION with BAD_USER_INPUT', async () => {
    const response = await api.expectRefused(() => grant(springFestivalRelief(org.subBureauId), admin), 'BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'unionId' })]);
  });

  it('refuses an unknown union with NOT_FOUND', async () => {
    await api.expectRefused(() => grant(springFestivalRelief(UNKNOWN_ID)), 'NOT_FOUND');
  });

  it('refuses another union with FORBIDDEN, a RECORDER with FORBIDDEN, and no token with UNAUTHENTICATED', async () => {
    await api.expectRefused(() => grant(springFestivalRelief(otherUnionId)), 'FORBIDDEN');
    await api.expectRefused(() => grant(springFestivalRelief(org.unionId), recorder), 'FORBIDDEN');
    await api.expectRefused(() => grant(springFestivalRelief(org.unionId), null), 'UNAUTHENTICATED');
  });
});

describe('correctReliefGrant', () => {
  it('changes only the fields sent and answers with the store head', async () => {
    const id = await newGrant();
    const { correctReliefGrant: result } = dataOf(await correct({ id, reason: '金额登记有误', amount: '7800.00', category: 'DISASTER' }));
    expect(result.grant).toMatchObject({ id, amount: '7800.00', category: 'DISASTER', personTimes: 15, grantedOn: '2023-01-16', voided: false });
    expect(await api.head()).toBe(BigInt(result.position));
  });

  it('writes nothing when the correction changes nothing', async () => {
    const id = await newGrant();
    const head = await api.head();
    const result = dataOf(await correct({ id, reason: '核对', personTimes: 15 })).correctReliefGrant;
    expect(result.grant.personTimes).toBe(15);
    expect(await api.head()).toBe(head);
  });

  it.each<[string, Record<string, unknown>]>([
    ['nothing to correct', {}],
    ['a blank reason', { reason: '   ', amount: '1.00' }],
    ['amount with 3 decimals', { amount: '1.001' }],
    ['amount as a number', { amount: 100 }],
    ['personTimes as a string', { personTimes: 'many' }],
    ['negative personTimes', { personTimes: -1 }],
    ['an impossible date', { grantedOn: '2023-02-30' }],
    ['a change of union, which is not a correction', { unionId: UNKNOWN_ID }],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_case, fields) => {
    const id = await newGrant();
    await api.expectRefused(() => correct({ id, reason: '更正', ...fields }), 'BAD_USER_INPUT');
  });

  it('refuses an unknown grant with NOT_FOUND, and another union or role with FORBIDDEN', async () => {
    const id = await newGrant();
    await api.expectRefused(() => correct({ id: UNKNOWN_ID, reason: '更正', amount: '1.00' }), 'NOT_FOUND');
    await api.expectRefused(() => correct({ id, reason: '更正', amount: '1.00' }, otherTreasurer), 'FORBIDDEN');
    await api.expectRefused(() => correct({ id, reason: '更正', amount: '1.00' }, recorder), 'FORBIDDEN');
    await api.expectRefused(() => correct({ id, reason: '更正', amount: '1.00' }, null), 'UNAUTHENTICATED');
  });
});

describe('voidReliefGrant', () => {
  it('voids a grant, answers with the store head, and refuses corrections and a second void with CONFLICT', async () => {
    const id = await newGrant();
    const { voidReliefGrant: result } = dataOf(await voidGrant({ id, reason: '重复录入' }));
    expect(result.grant).toMatchObject({ id, voided: true, voidReason: '重复录入', amount: '7500.00' });
    expect(await api.head()).toBe(BigInt(result.position));
    await api.expectRefused(() => correct({ id, reason: '更正', amount: '1.00' }), 'CONFLICT');
    await api.expectRefused(() => voidGrant({ id, reason: 'again' }), 'CONFLICT');
  });

  it('refuses an unknown grant, a blank reason, another union and no token, writing nothing', async () => {
    const id = await newGrant();
    await api.expectRefused(() => voidGrant({ id: UNKNOWN_ID, reason: '重复录入' }), 'NOT_FOUND');
    await api.expectRefused(() => voidGrant({ id, reason: '' }), 'BAD_USER_INPUT');
    await api.expectRefused(() => voidGrant({ id, reason: '重复录入' }, otherTreasurer), 'FORBIDDEN');
    await api.expectRefused(() => voidGrant({ id, reason: '重复录入' }, recorder), 'FORBIDDEN');
    await api.expectRefused(() => voidGrant({ id, reason: '重复录入' }, null), 'UNAUTHENTICATED');
  });
});

describe('personal data in free text (issue 12)', () => {
  const ISSUE_REASON = '受助人张三（身份证310104199001011234）';

  it('refuses a correction or a void whose reason names the recipient by ID, mobile or card, saying why, and writes nothing', async () => {
    const id = await newGrant();
    const refused = await api.expectRefused(() => correct({ id, reason: ISSUE_REASON, personTimes: 16 }), 'BAD_USER_INPUT', 'reason');
    expect(refused.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'reason', message: '原因中含有身份证号码，请删去：帮困记录永久保存、不可删除，且从不记录受助人是谁' },
    ]);
    await api.expectRefused(() => voidGrant({ id, reason: '已电话告知 +86 139 1234 5678' }), 'BAD_USER_INPUT', 'reason');
    await api.expectRefused(() => voidGrant({ id, reason: '退回卡号 6222 0212 3456 7890 128' }), 'BAD_USER_INPUT', 'reason');
    expect(JSON.stringify(dataOf(await api.gql(RECORD_HISTORY, { id }, treasurer)))).not.toMatch(/310104|139|6222/);
  });

  it('caps a reason at 200 characters', async () => {
    const id = await newGrant();
    await api.expectRefused(() => voidGrant({ id, reason: '重'.repeat(201) }), 'BAD_USER_INPUT', 'reason');
  });

  it('refuses an idempotency key that carries an ID number, since it is kept beside the grant', async () => {
    await api.expectRefused(() => grant(springFestivalRelief(org.unionId, { idempotencyKey: 'relief-310104199001011234' })), 'BAD_USER_INPUT', 'idempotencyKey');
  });
});

describe('recordHistory of a relief grant', () => {
  it('lists granted, corrected and voided, with no recipient anywhere in the data', async () => {
    const id = await newGrant();
    await correct({ id, reason: '人次有误', personTimes: 14 });
    await voidGrant({ id, reason: '重复录入' });
    const history = dataOf(await api.gql<{ recordHistory: { type: string; recordedBy: string; data: Record<string, unknown> }[] }>(RECORD_HISTORY, { id }, treasurer));
    expect(history.recordHistory.map((e) => e.type)).toEqual(['ReliefGranted', 'ReliefGrantCorrected', 'ReliefGrantVoided']);
    expect(Object.keys(history.recordHistory[0]?.data ?? {}).sort()).toEqual(['amountFen', 'category', 'grantId', 'grantedOn', 'personTimes', 'unionId', 'unionPath']);
    expect(history.recordHistory[1]).toMatchObject({ recordedBy: 'union-treasurer', data: { reason: '人次有误', changes: { personTimes: 14 } } });
    expect(errorCode(await api.gql(RECORD_HISTORY, { id }, otherTreasurer))).toBe('FORBIDDEN');
  });
});
