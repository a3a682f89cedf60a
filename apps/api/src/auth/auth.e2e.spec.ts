// Access control over real HTTP (docs/design.md §7): every operation but /health needs a valid HS256
// token; roles and org-unit scopes (descendants included) decide the rest.
import { createHmac } from 'node:crypto';
import { ApiHarness, dataOf, errorCode } from '../../test/api-harness';
import { CORRECT_ACTIVITY, type OrgFixture, RECORD_ACTIVITY, RECORD_HISTORY, REGISTER_ORG_UNIT, VOID_ACTIVITY, leiFengDay, registerBureau } from '../../test/documents';

let api: ApiHarness;
let admin: string;
let org: OrgFixture;
let activityId: string;

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);
const claims = { sub: 'mallory', name: '某人', roles: ['ADMIN'], orgUnitIds: [], exp: now() + 600 };
/** Signed with the test secret, with exactly these claims (the harness always adds exp). */
const hs256 = (payload: object) => {
  const unsigned = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(payload)}`;
  return `${unsigned}.${createHmac('sha256', 'e2e-test-secret-that-is-long-enough-for-hs256').update(unsigned).digest('base64url')}`;
};

beforeAll(async () => {
  api = await ApiHarness.start();
  admin = api.token({ sub: 'admin', roles: ['ADMIN'] });
  org = await registerBureau(api, admin);
  const recorder = api.token({ roles: ['RECORDER'], orgUnitIds: [org.branchId] });
  activityId = dataOf(await api.gql<{ recordVolunteerActivity: { activity: { id: string } } }>(RECORD_ACTIVITY, { input: leiFengDay(org.subBureauId) }, recorder))
    .recordVolunteerActivity.activity.id;
});

afterAll(() => api.close());

describe('authentication', () => {
  const badTokens: [string, () => string | null][] = [
    ['no token', () => null],
    ['a token signed with another secret', () => api.token({ roles: ['ADMIN'] }, { secret: 'some-other-secret-that-is-also-long-enough' })],
    ['an expired token', () => api.token({ roles: ['ADMIN'] }, { expiresInSeconds: -10 })],
    ['an alg:none token', () => `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`],
    [
      'an HS512 token (only HS256 is accepted)',
      () => {
        const unsigned = `${b64({ alg: 'HS512', typ: 'JWT' })}.${b64(claims)}`;
        return `${unsigned}.${createHmac('sha512', 'e2e-test-secret-that-is-long-enough-for-hs256').update(unsigned).digest('base64url')}`;
      },
    ],
    ['a token without roles', () => api.token({ roles: [] })],
    ['a token with an unknown role', () => api.token({ roles: ['SUPERUSER' as never] })],
    ['garbage', () => 'not-a-jwt'],
    // Issue 12 §6: a token says when it ends, lives 30 days at most, and is not issued in the future.
    ['a token without exp', () => hs256({ sub: 'mallory', name: '某人', roles: ['ADMIN'], orgUnitIds: [], iat: now() })],
    ['a token that lives longer than 30 days', () => api.token({ roles: ['ADMIN'] }, { expiresInSeconds: 31 * 86_400 })],
    ['a token issued in the future', () => api.token({ roles: ['ADMIN'] }, { issuedAt: now() + 3600, expiresInSeconds: 600 })],
  ];

  it.each(badTokens)('%s is UNAUTHENTICATED for queries and every mutation, and writes nothing', async (_name, makeToken) => {
    const token = makeToken();
    const head = await api.head();
    const requests = [
      api.gql('{ version }', {}, token),
      api.gql(REGISTER_ORG_UNIT, { input: { name: '新支局', kind: 'SUB_BUREAU', parentId: org.bureauId } }, token),
      api.gql(RECORD_ACTIVITY, { input: leiFengDay(org.subBureauId) }, token),
      api.gql(CORRECT_ACTIVITY, { input: { id: activityId, reason: '更正', personTimes: 9 } }, token),
      api.gql(VOID_ACTIVITY, { input: { id: activityId, reason: '作废' } }, token),
      api.gql(RECORD_HISTORY, { id: activityId }, token),
    ];
    for (const response of await Promise.all(requests)) expect(errorCode(response)).toBe('UNAUTHENTICATED');
    expect(await api.head()).toBe(head);
  });

  it('serves /health without a token', async () => {
    const response = await fetch(`${api.url}/health`);
    expect(response.status).toBe(200);
  });
});

describe('roles and scopes', () => {
  it('refuses registerOrgUnit to anyone but an ADMIN', async () => {
    const head = await api.head();
    for (const role of ['RECORDER', 'TREASURER', 'COMPILER'] as const) {
      const token = api.token({ roles: [role], orgUnitIds: [org.bureauId] });
      expect(errorCode(await api.gql(REGISTER_ORG_UNIT, { input: { name: `${role}支局`, kind: 'SUB_BUREAU', parentId: org.bureauId } }, token))).toBe('FORBIDDEN');
    }
    expect(await api.head()).toBe(head);
  });

  it('refuses volunteer activities to roles other than RECORDER (and ADMIN)', async () => {
    const head = await api.head();
    for (const role of ['TREASURER', 'COMPILER'] as const) {
      const token = api.token({ roles: [role], orgUnitIds: [org.bureauId] });
      expect(errorCode(await api.gql(RECORD_ACTIVITY, { input: leiFengDay(org.subBureauId) }, token))).toBe('FORBIDDEN');
      expect(errorCode(await api.gql(CORRECT_ACTIVITY, { input: { id: activityId, reason: '更正', personTimes: 9 } }, token))).toBe('FORBIDDEN');
      expect(errorCode(await api.gql(VOID_ACTIVITY, { input: { id: activityId, reason: '作废' } }, token))).toBe('FORBIDDEN');
    }
    expect(await api.head()).toBe(head);
  });

  it('covers descendants: a branch RECORDER may record for the 支局 under it', async () => {
    const token = api.token({ roles: ['RECORDER'], orgUnitIds: [org.branchId] });
    expect(errorCode(await api.gql(RECORD_ACTIVITY, { input: leiFengDay(org.subBureauId) }, token))).toBeUndefined();
  });

  it('refuses another unit’s data: a 衡复支局 RECORDER may not record, correct, void or read 康健支局 records', async () => {
    const outsider = api.token({ sub: 'hengfu', roles: ['RECORDER'], orgUnitIds: [org.otherSubBureauId] });
    const head = await api.head();
    expect(errorCode(await api.gql(RECORD_ACTIVITY, { input: leiFengDay(org.subBureauId) }, outsider))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(CORRECT_ACTIVITY, { input: { id: activityId, reason: '更正', personTimes: 9 } }, outsider))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(VOID_ACTIVITY, { input: { id: activityId, reason: '作废' } }, outsider))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(RECORD_HISTORY, { id: activityId }, outsider))).toBe('FORBIDDEN');
    expect(await api.head()).toBe(head);
  });

  it('refuses a correction that moves an activity to an organizer outside the caller’s scope', async () => {
    const token = api.token({ roles: ['RECORDER'], orgUnitIds: [org.branchId] });
    const head = await api.head();
    const response = await api.gql(CORRECT_ACTIVITY, { input: { id: activityId, reason: '改组织', organizerId: org.otherSubBureauId } }, token);
    expect(errorCode(response)).toBe('FORBIDDEN');
    expect(await api.head()).toBe(head);
  });

  it('lists only the org units in the caller’s scope', async () => {
    const token = api.token({ roles: ['COMPILER'], orgUnitIds: [org.branchId] });
    const { orgUnits } = dataOf(await api.gql<{ orgUnits: { name: string }[] }>('{ orgUnits { name } }', {}, token));
    expect(orgUnits.map((u) => u.name)).toEqual(['公客综合党支部', '康健支局']);
  });
});
