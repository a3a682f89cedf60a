// signCoBuildingAgreement / renewCoBuildingAgreement / terminateCoBuildingAgreement (党建翼联) over
// real HTTP with real tokens, on a fresh database (docs/design.md §3, §6, §7, §8); and how volunteer
// activities may link to an agreement.
import { ApiHarness, dataOf, errorCode } from '../../test/api-harness';
import {
  RENEW_AGREEMENT,
  type Renewed,
  SIGN_AGREEMENT,
  type Signed,
  TERMINATE_AGREEMENT,
  type Terminated,
  kangJianAgreement,
} from '../../test/co-building-agreements.documents';
import { type ActivityResult, type OrgFixture, RECORD_ACTIVITY, RECORD_HISTORY, leiFengDay, registerBureau } from '../../test/documents';

let api: ApiHarness;
let admin: string;
let org: OrgFixture;
let recorder: string; // RECORDER for 公客综合党支部, and so for 康健支局 under it
let outsider: string; // RECORDER for 衡复支局 only
let treasurer: string; // TREASURER for the whole bureau: the right scope, the wrong role

beforeAll(async () => {
  api = await ApiHarness.start();
  admin = api.token({ sub: 'admin', roles: ['ADMIN'] });
  org = await registerBureau(api, admin);
  recorder = api.token({ sub: 'branch-secretary', roles: ['RECORDER'], orgUnitIds: [org.branchId] });
  outsider = api.token({ sub: 'hengfu-secretary', roles: ['RECORDER'], orgUnitIds: [org.otherSubBureauId] });
  treasurer = api.token({ sub: 'union-treasurer', roles: ['TREASURER'], orgUnitIds: [org.bureauId] });
});

afterAll(() => api.close());

const sign = (input: Record<string, unknown>, token: string | null = recorder) => api.gql<Signed>(SIGN_AGREEMENT, { input }, token);
const renew = (input: Record<string, unknown>, token: string | null = recorder) => api.gql<Renewed>(RENEW_AGREEMENT, { input }, token);
const terminate = (input: Record<string, unknown>, token: string | null = recorder) => api.gql<Terminated>(TERMINATE_AGREEMENT, { input }, token);

async function newAgreement(overrides: Record<string, unknown> = {}): Promise<string> {
  return dataOf(await sign(kangJianAgreement(org.subBureauId, overrides))).signCoBuildingAgreement.agreement.id;
}


const UNKNOWN_ID = '00000000-0000-4000-8000-000000000404';

describe('signCoBuildingAgreement', () => {
  it('records 康健支局 signing with four 居委, with the branch path as it is today, and answers with the store head', async () => {
    const { signCoBuildingAgreement: result } = dataOf(await sign(kangJianAgreement(org.subBureauId)));
    expect(result.agreement).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      branchId: org.subBureauId,
      branchPath: ['南区局', '公客综合党支部', '康健支局'],
      partners: [
        { name: '长丰坊居委', kind: 'RESIDENTS_COMMITTEE' },
        { name: '上师大新村居委', kind: 'RESIDENTS_COMMITTEE' },
        { name: '寿益坊居委', kind: 'RESIDENTS_COMMITTEE' },
        { name: '康乐小区居委', kind: 'RESIDENTS_COMMITTEE' },
      ],
      signedOn: '2023-03-01',
      validUntil: '2024-02-29',
      commitments: ['为社区老人提供智能手机使用培训', '开展反诈骗宣传', '协助居委通信网络布线咨询'],
      terminated: false,
      terminatedOn: null,
      terminationReason: null,
    });
    expect(await api.head()).toBe(BigInt(result.position));
  });

  it('accepts an open-ended agreement and trims text', async () => {
    const input = kangJianAgreement(org.branchId, { validUntil: undefined, partners: [{ name: ' 千鹤六居委 ', kind: 'RESIDENTS_COMMITTEE' }], commitments: [' 共建 '] });
    const { agreement } = dataOf(await sign(input)).signCoBuildingAgreement;
    expect(agreement).toMatchObject({ branchPath: ['南区局', '公客综合党支部'], validUntil: null, partners: [{ name: '千鹤六居委' }], commitments: ['共建'] });
  });

  it('returns the first result and writes nothing when the same idempotency key repeats the same request', async () => {
    const input = kangJianAgreement(org.subBureauId, { idempotencyKey: 'kangjian-2023' });
    const first = dataOf(await sign(input)).signCoBuildingAgreement;
    const head = await api.head();
    const again = dataOf(await sign(input)).signCoBuildingAgreement;
    expect(again).toEqual(first);
    expect(await api.head()).toBe(head);
    await api.expectRefused(() => sign(kangJianAgreement(org.subBureauId, { idempotencyKey: 'kangjian-2023', signedOn: '2023-03-02' })), 'CONFLICT');
  });

  it.each<[string, Record<string, unknown>]>([
    ['validUntil before signedOn', { validUntil: '2023-02-28' }],
    ['validUntil equal to signedOn', { validUntil: '2023-03-01' }],
    ['an impossible date', { signedOn: '2023-02-30' }],
    ['a date out of range', { validUntil: '2101-01-01' }],
    ['a date as a number', { signedOn: 20230301 }],
    ['no partners', { partners: [] }],
    ['a blank partner name', { partners: [{ name: '   ', kind: 'RESIDENTS_COMMITTEE' }] }],
    ['an unknown partner kind', { partners: [{ name: '长丰坊居委', kind: 'VILLAGE' }] }],
    ['a partner listed twice', { partners: [{ name: '长丰坊居委', kind: 'RESIDENTS_COMMITTEE' }, { name: '长丰坊居委', kind: 'SUBDISTRICT' }] }],
    ['51 partners', { partners: Array.from({ length: 51 }, (_, i) => ({ name: `居委${i}`, kind: 'RESIDENTS_COMMITTEE' })) }],
    ['an oversized partner name', { partners: [{ name: '居'.repeat(101), kind: 'RESIDENTS_COMMITTEE' }] }],
    ['an empty commitment', { commitments: [''] }],
    ['an oversized commitment', { commitments: ['共'.repeat(501)] }],
    ['51 commitments', { commitments: Array.from({ length: 51 }, (_, i) => `事项${i}`) }],
    ['commitments as a string', { commitments: 42 }],
    ['a branchId that is not an id', { branchId: '康健支局' }],
    ['a malformed idempotency key', { idempotencyKey: 'has spaces in it' }],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_case, overrides) => {
    await api.expectRefused(() => sign(kangJianAgreement(org.subBureauId, overrides)), 'BAD_USER_INPUT');
  });

  it('refuses an unknown branch with NOT_FOUND', async () => {
    await api.expectRefused(() => sign(kangJianAgreement(UNKNOWN_ID)), 'NOT_FOUND');
  });

  it("refuses another unit's branch and a TREASURER with FORBIDDEN, and no token with UNAUTHENTICATED", async () => {
    await api.expectRefused(() => sign(kangJianAgreement(org.subBureauId), outsider), 'FORBIDDEN');
    await api.expectRefused(() => sign(kangJianAgreement(org.otherSubBureauId)), 'FORBIDDEN');
    await api.expectRefused(() => sign(kangJianAgreement(org.subBureauId), treasurer), 'FORBIDDEN');
    await api.expectRefused(() => sign(kangJianAgreement(org.subBureauId), null), 'UNAUTHENTICATED');
  });
});

describe('renewCoBuildingAgreement', () => {
  it('moves validUntil later and answers with the store head; renewing to the same date writes nothing', async () => {
    const id = await newAgreement();
    const { renewCoBuildingAgreement: result } = dataOf(await renew({ id, validUntil: '2025-02-28' }));
    expect(result.agreement).toMatchObject({ id, validUntil: '2025-02-28', signedOn: '2023-03-01', terminated: false });
    expect(await api.head()).toBe(BigInt(result.position));
    const again = dataOf(await renew({ id, validUntil: '2025-02-28' })).renewCoBuildingAgreement;
    expect(again).toEqual(result);
    expect(await api.head()).toBe(BigInt(result.position));
  });

  it('refuses shortening, an impossible date and a missing date with BAD_USER_INPUT, writing nothing', async () => {
    const id = await newAgreement();
    await api.expectRefused(() => renew({ id, validUntil: '2023-12-31' }), 'BAD_USER_INPUT');
    await api.expectRefused(() => renew({ id, validUntil: '2025-02-29' }), 'BAD_USER_INPUT');
    await api.expectRefused(() => renew({ id }), 'BAD_USER_INPUT');
  });

  it('refuses an unknown agreement (NOT_FOUND), another unit or role (FORBIDDEN), no token, and a terminated one (CONFLICT)', async () => {
    const id = await newAgreement();
    await api.expectRefused(() => renew({ id: UNKNOWN_ID, validUntil: '2025-02-28' }), 'NOT_FOUND');
    await api.expectRefused(() => renew({ id, validUntil: '2025-02-28' }, outsider), 'FORBIDDEN');
    await api.expectRefused(() => renew({ id, validUntil: '2025-02-28' }, treasurer), 'FORBIDDEN');
    await api.expectRefused(() => renew({ id, validUntil: '2025-02-28' }, null), 'UNAUTHENTICATED');
    dataOf(await terminate({ id, terminatedOn: '2023-12-31', reason: '居委合并' }));
    await api.expectRefused(() => renew({ id, validUntil: '2025-02-28' }), 'CONFLICT');
  });
});

describe('terminateCoBuildingAgreement', () => {
  it('ends an agreement, answers with the store head, and refuses a second termination with CONFLICT', async () => {
    const id = await newAgreement();
    const { terminateCoBuildingAgreement: result } = dataOf(await terminate({ id, terminatedOn: '2023-12-31', reason: '居委合并' }));
    expect(result.agreement).toMatchObject({ id, terminated: true, terminatedOn: '2023-12-31', terminationReason: '居委合并', validUntil: '2024-02-29' });
    expect(await api.head()).toBe(BigInt(result.position));
    await api.expectRefused(() => terminate({ id, terminatedOn: '2024-01-05', reason: 'again' }), 'CONFLICT');
  });

  it('refuses a date before signing, a blank reason, an oversized reason, an unknown id, another unit and no token, writing nothing', async () => {
    const id = await newAgreement();
    await api.expectRefused(() => terminate({ id, terminatedOn: '2023-02-28', reason: '居委合并' }), 'BAD_USER_INPUT');
    await api.expectRefused(() => terminate({ id, terminatedOn: '2023-12-31', reason: ' ' }), 'BAD_USER_INPUT');
    await api.expectRefused(() => terminate({ id, terminatedOn: '2023-12-31', reason: '因'.repeat(501) }), 'BAD_USER_INPUT');
    await api.expectRefused(() => terminate({ id: UNKNOWN_ID, terminatedOn: '2023-12-31', reason: '居委合并' }), 'NOT_FOUND');
    await api.expectRefused(() => terminate({ id, terminatedOn: '2023-12-31', reason: '居委合并' }, outsider), 'FORBIDDEN');
    await api.expectRefused(() => terminate({ id, terminatedOn: '2023-12-31', reason: '居委合并' }, treasurer), 'FORBIDDEN');
    await api.expectRefused(() => terminate({ id, terminatedOn: '2023-12-31', reason: '居委合并' }, null), 'UNAUTHENTICATED');
  });
});

describe('recordHistory of an agreement', () => {
  it('lists signed, renewed and terminated, by whom', async () => {
    const id = await newAgreement();
    await renew({ id, validUntil: '2025-02-28' });
    await terminate({ id, terminatedOn: '2024-06-30', reason: '共建期满不再续签' }, admin);
    const history = dataOf(await api.gql<{ recordHistory: { type: string; recordedBy: string; data: Record<string, unknown> }[] }>(RECORD_HISTORY, { id }, recorder));
    expect(history.recordHistory.map((e) => [e.type, e.recordedBy])).toEqual([
      ['CoBuildingAgreementSigned', 'branch-secretary'],
      ['CoBuildingAgreementRenewed', 'branch-secretary'],
      ['CoBuildingAgreementTerminated', 'admin'],
    ]);
    expect(history.recordHistory[2]?.data).toEqual({ agreementId: id, terminatedOn: '2024-06-30', reason: '共建期满不再续签' });
    expect(errorCode(await api.gql(RECORD_HISTORY, { id }, outsider))).toBe('FORBIDDEN');
  });
});

describe('recordVolunteerActivity linked to an agreement', () => {
  const record = (input: Record<string, unknown>) => api.gql<{ recordVolunteerActivity: { activity: ActivityResult & { agreementId: string | null } } }>(RECORD_ACTIVITY, { input }, recorder);

  it('links an activity to an active agreement', async () => {
    const agreementId = await newAgreement();
    const { activity } = dataOf(await record(leiFengDay(org.subBureauId, { agreementId }))).recordVolunteerActivity;
    expect(activity.agreementId).toBe(agreementId);
  });

  it('refuses an unknown agreement with NOT_FOUND and a terminated one with BAD_USER_INPUT, writing nothing', async () => {
    await api.expectRefused(() => record(leiFengDay(org.subBureauId, { agreementId: UNKNOWN_ID })), 'NOT_FOUND');
    const agreementId = await newAgreement();
    dataOf(await terminate({ id: agreementId, terminatedOn: '2023-06-30', reason: '居委合并' }));
    const response = await api.expectRefused(() => record(leiFengDay(org.subBureauId, { agreementId })), 'BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'agreementId' })]);
  });

  it('answers a repeated request with its first result even after the agreement was terminated, and a reused key with CONFLICT', async () => {
    const agreementId = await newAgreement();
    const input = leiFengDay(org.subBureauId, { agreementId, idempotencyKey: 'linked-before-termination' });
    const first = dataOf(await record(input)).recordVolunteerActivity;
    dataOf(await terminate({ id: agreementId, terminatedOn: '2023-06-30', reason: '居委合并' }));
    const head = await api.head();
    // Deciding anew would now refuse the link; the repeat is recognised first, as before the termination.
    expect(dataOf(await record(input)).recordVolunteerActivity).toEqual(first);
    expect(await api.head()).toBe(head);
    await api.expectRefused(() => record({ ...input, personTimes: 99 }), 'CONFLICT');
  });
});
