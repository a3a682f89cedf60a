// Hello老友亭, 雷锋亭 and 志愿服务亭 booths over real HTTP with real tokens, on a fresh database:
// open, record and void sessions, close (docs/design.md §3, §6, §7, §8, §12).
import { ApiHarness, dataOf, type GraphQLResponse } from '../../test/api-harness';
import {
  type BoothPayload,
  CLOSE_BOOTH,
  OPEN_BOOTH,
  RECORD_SESSION,
  TUESDAYS_JULY_AUGUST_2023,
  VOID_SESSION,
  boothSession,
  helloLaoyou,
  kangjianLeiFengKiosk,
  openBooth,
  recordSession,
} from '../../test/booth.documents';
import { type OrgFixture, registerBureau, registerOrgUnit } from '../../test/documents';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000999';

let api: ApiHarness;
let admin: string;
let org: OrgFixture;
let fenglinHallId: string; // 枫林营业厅, under 公客综合党支部
let recorder: string; // RECORDER for 公客综合党支部: covers 枫林营业厅 and 康健支局
let outsider: string; // RECORDER for 衡复支局 only
let treasurer: string; // TREASURER for all of 南区局: the wrong role for booths

beforeAll(async () => {
  api = await ApiHarness.start();
  admin = api.token({ sub: 'admin', roles: ['ADMIN'] });
  org = await registerBureau(api, admin);
  fenglinHallId = await registerOrgUnit(api, admin, { name: '枫林营业厅', kind: 'SERVICE_HALL', parentId: org.branchId });
  recorder = api.token({ sub: 'branch-secretary', name: '支部书记', roles: ['RECORDER'], orgUnitIds: [org.branchId] });
  outsider = api.token({ sub: 'hengfu-recorder', roles: ['RECORDER'], orgUnitIds: [org.otherSubBureauId] });
  treasurer = api.token({ sub: 'treasurer', roles: ['TREASURER'], orgUnitIds: [org.bureauId] });
});

afterAll(() => api.close());

async function run(document: string, input: Record<string, unknown>, token: string | null = recorder): Promise<GraphQLResponse<Record<string, BoothPayload>>> {
  return api.gql<Record<string, BoothPayload>>(document, { input }, token);
}

async function ok(document: string, input: Record<string, unknown>, token: string | null = recorder): Promise<BoothPayload> {
  const [payload] = Object.values(dataOf(await run(document, input, token)));
  if (!payload) throw new Error('no payload');
  return payload;
}

/** The request fails with `code` (naming `field` when given) and writes nothing. */
const expectRejected = (document: string, input: Record<string, unknown>, code: string, field?: string, token: string | null = recorder) =>
  api.expectRefused(() => run(document, input, token), code, field);

const freshBooth = async (overrides: Record<string, unknown> = {}): Promise<string> => (await openBooth(api, recorder, helloLaoyou(fenglinHallId, overrides))).booth.id;

type Row = [string, () => Record<string, unknown>, string, string | undefined];

describe('openBooth', () => {
  it('opens the Hello老友亭 near the cancer hospital in 枫林街道 and answers with it and the store head', async () => {
    const result = await ok(OPEN_BOOTH, helloLaoyou(fenglinHallId, { name: '  枫林Hello老友亭 ' }));
    expect(result.sessionId).toBeNull();
    expect(result.booth).toMatchObject({
      name: '枫林Hello老友亭',
      kind: 'HELLO_LAOYOU',
      hostId: fenglinHallId,
      hostPath: ['南区局', '公客综合党支部', '枫林营业厅'],
      // A 街道 is kept by its one name (issue 12): 枫林街道 is 枫林.
      subdistrict: '枫林',
      location: '东安路肿瘤医院对面电话亭',
      openedOn: '2023-09-01',
      closed: false,
      closedOn: null,
      sessions: [],
    });
    expect(await api.head()).toBe(BigInt(result.position));
  });

  it('returns the first result and writes nothing for a repeat with the same key; CONFLICT for the same key with other data', async () => {
    const input = kangjianLeiFengKiosk(org.subBureauId, { idempotencyKey: 'kangjian-lei-feng-kiosk' });
    const first = await ok(OPEN_BOOTH, input);
    expect(first.booth).toMatchObject({ kind: 'LEI_FENG_KIOSK', hostPath: ['南区局', '公客综合党支部', '康健支局'] });
    const head = await api.head();
    expect(await ok(OPEN_BOOTH, input)).toEqual(first);
    expect(await api.head()).toBe(head);
    await expectRejected(OPEN_BOOTH, { ...input, location: '康健路100号' }, 'CONFLICT');
  });

  it.each<Row>([
    ['an empty name', () => ({ name: '' }), 'BAD_USER_INPUT', 'name'],
    ['a blank subdistrict', () => ({ subdistrict: '   ' }), 'BAD_USER_INPUT', 'subdistrict'],
    ['a location over 200 characters', () => ({ location: '路'.repeat(201) }), 'BAD_USER_INPUT', 'location'],
    ['a name that is not text', () => ({ name: 42 }), 'BAD_USER_INPUT', 'name'],
    ['an unknown kind', () => ({ kind: 'PHONE_BOOTH' }), 'BAD_USER_INPUT', 'kind'],
    ['a kind in lower case', () => ({ kind: 'hello_laoyou' }), 'BAD_USER_INPUT', 'kind'],
    ['a host that is not an id', () => ({ hostId: '枫林营业厅' }), 'BAD_USER_INPUT', 'hostId'],
    ['an unknown host', () => ({ hostId: UNKNOWN_ID }), 'NOT_FOUND', undefined],
    ['an impossible opening date', () => ({ openedOn: '2023-09-31' }), 'BAD_USER_INPUT', 'openedOn'],
    ['an opening date written with slashes', () => ({ openedOn: '2023/09/01' }), 'BAD_USER_INPUT', 'openedOn'],
    ['an opening date after 2100', () => ({ openedOn: '2101-01-01' }), 'BAD_USER_INPUT', 'openedOn'],
    ['an opening date sent as a number', () => ({ openedOn: 20230901 }), 'BAD_USER_INPUT', 'openedOn'],
    ['a missing location', () => ({ location: undefined }), 'BAD_USER_INPUT', 'location'],
    ['a field the input does not have', () => ({ sessions: 3 }), 'BAD_USER_INPUT', undefined],
  ])('refuses %s and writes nothing', async (_label, overrides, code, field) => {
    await expectRejected(OPEN_BOOTH, helloLaoyou(fenglinHallId, overrides()), code, field, admin);
  });

  it('refuses a TREASURER and a recorder of another 支局 (FORBIDDEN), and a request without a token (UNAUTHENTICATED)', async () => {
    await expectRejected(OPEN_BOOTH, helloLaoyou(fenglinHallId), 'FORBIDDEN', undefined, treasurer);
    await expectRejected(OPEN_BOOTH, helloLaoyou(fenglinHallId), 'FORBIDDEN', undefined, outsider);
    await expectRejected(OPEN_BOOTH, helloLaoyou(fenglinHallId), 'UNAUTHENTICATED', undefined, null);
  });
});

describe('recordBoothSession', () => {
  it('records a staffed day and answers with its session id, the booth and the store head', async () => {
    const boothId = await freshBooth();
    const result = await ok(RECORD_SESSION, boothSession(boothId, { services: [' 智能手机教学 ', '反诈宣传'] }));
    expect(result.sessionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.booth.sessions).toEqual([
      { id: result.sessionId, date: '2023-09-05', volunteers: 3, peopleServed: 25, services: ['智能手机教学', '反诈宣传'], voided: false },
    ]);
    expect(await api.head()).toBe(BigInt(result.position));
  });

  it('records the 康健 雷锋亭 every Tuesday in July and August 2023: nine sessions', async () => {
    const boothId = (await openBooth(api, recorder, kangjianLeiFengKiosk(org.subBureauId))).booth.id;
    let last: BoothPayload | undefined;
    for (const date of TUESDAYS_JULY_AUGUST_2023) {
      last = await recordSession(api, recorder, boothSession(boothId, { date, volunteers: 2, peopleServed: 18, services: ['学雷锋志愿服务', '话费查询'], idempotencyKey: `kangjian-${date}` }));
    }
    expect(last?.booth.sessions.map((s) => s.date)).toEqual(TUESDAYS_JULY_AUGUST_2023);
    expect(last?.booth.sessions.reduce((sum, s) => sum + s.volunteers, 0)).toBe(18);
    expect(await api.head()).toBe(BigInt(last?.position ?? '0'));
  });

  it('records a session once for a repeat with the same key; CONFLICT for the same key with other figures', async () => {
    const boothId = await freshBooth();
    const input = boothSession(boothId, { idempotencyKey: 'fenglin-2023-09-05' });
    const first = await ok(RECORD_SESSION, input);
    const head = await api.head();
    expect(await ok(RECORD_SESSION, input)).toEqual(first);
    expect(await api.head()).toBe(head);
    await expectRejected(RECORD_SESSION, { ...input, peopleServed: 30 }, 'CONFLICT');
    expect((await ok(RECORD_SESSION, boothSession(boothId, { date: '2023-09-06' }))).booth.sessions).toHaveLength(2);
  });

  it('lands 30 concurrent sessions on one booth, each exactly once', async () => {
    const boothId = await freshBooth();
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, i) => run(RECORD_SESSION, boothSession(boothId, { date: `2023-09-${String(i + 1).padStart(2, '0')}`, idempotencyKey: `september-${i}` }))),
    );
    expect(responses.flatMap((r) => r.errors ?? [])).toEqual([]);
    const last = await ok(RECORD_SESSION, boothSession(boothId, { date: '2023-09-30', idempotencyKey: 'september-29' }));
    expect(last.booth.sessions).toHaveLength(30);
    expect(last.booth.sessions.reduce((sum, s) => sum + s.peopleServed, 0)).toBe(30 * 25);
  });

  describe('bad input writes nothing', () => {
    let boothId: string;
    beforeAll(async () => {
      boothId = await freshBooth();
    });

    it.each<Row>([
      ['a date before the booth opened', () => ({ date: '2023-08-31' }), 'BAD_USER_INPUT', 'date'],
      ['an impossible date', () => ({ date: '2023-09-31' }), 'BAD_USER_INPUT', 'date'],
      ['an empty date', () => ({ date: '' }), 'BAD_USER_INPUT', 'date'],
      ['no volunteers', () => ({ volunteers: 0 }), 'BAD_USER_INPUT', 'volunteers'],
      ['a negative number of volunteers', () => ({ volunteers: -1 }), 'BAD_USER_INPUT', 'volunteers'],
      ['more than 1,000 volunteers', () => ({ volunteers: 1001 }), 'BAD_USER_INPUT', 'volunteers'],
      ['a negative number of people served', () => ({ peopleServed: -1 }), 'BAD_USER_INPUT', 'peopleServed'],
      ['a fractional number of people served', () => ({ peopleServed: 2.5 }), 'BAD_USER_INPUT', 'peopleServed'],
      ['people served sent as text', () => ({ peopleServed: '25' }), 'BAD_USER_INPUT', 'peopleServed'],
      ['more than 100,000 people served', () => ({ peopleServed: 100_001 }), 'BAD_USER_INPUT', 'peopleServed'],
      ['an empty service', () => ({ services: ['反诈宣传', ''] }), 'BAD_USER_INPUT', 'services'],
      ['a blank service', () => ({ services: ['   '] }), 'BAD_USER_INPUT', 'services'],
      ['a service over 100 characters', () => ({ services: ['教'.repeat(101)] }), 'BAD_USER_INPUT', 'services'],
      ['more than 50 services', () => ({ services: Array.from({ length: 51 }, (_, i) => `服务${i}`) }), 'BAD_USER_INPUT', 'services'],
      ['a service listed twice', () => ({ services: ['反诈宣传', '反诈宣传'] }), 'BAD_USER_INPUT', 'services'],
      ['a service that is not text', () => ({ services: [7] }), 'BAD_USER_INPUT', 'services'],
      ['an unknown booth', () => ({ boothId: UNKNOWN_ID }), 'NOT_FOUND', undefined],
      ['a booth id that is not an id', () => ({ boothId: 'Hello老友亭' }), 'BAD_USER_INPUT', 'boothId'],
      ['an oversized idempotency key', () => ({ idempotencyKey: 'k'.repeat(101) }), 'BAD_USER_INPUT', 'idempotencyKey'],
    ])('refuses %s', async (_label, overrides, code, field) => {
      await expectRejected(RECORD_SESSION, boothSession(boothId, overrides()), code, field);
    });
  });

  it('refuses a TREASURER, a recorder of another 支局 and a request without a token', async () => {
    const boothId = await freshBooth();
    await expectRejected(RECORD_SESSION, boothSession(boothId), 'FORBIDDEN', undefined, treasurer);
    await expectRejected(RECORD_SESSION, boothSession(boothId), 'FORBIDDEN', undefined, outsider);
    await expectRejected(RECORD_SESSION, boothSession(boothId), 'UNAUTHENTICATED', undefined, null);
  });
});

describe('voidBoothSession', () => {
  let boothId: string;
  let sessionId: string;
  beforeAll(async () => {
    boothId = await freshBooth();
    sessionId = (await recordSession(api, recorder, boothSession(boothId))).sessionId ?? '';
  });

  it.each<Row>([
    ['a blank reason', () => ({ reason: ' ' }), 'BAD_USER_INPUT', 'reason'],
    ['a reason over 500 characters', () => ({ reason: '误'.repeat(501) }), 'BAD_USER_INPUT', 'reason'],
    ['a session id that is not an id', () => ({ sessionId: '第一次' }), 'BAD_USER_INPUT', 'sessionId'],
    ['an unknown session', () => ({ sessionId: UNKNOWN_ID }), 'NOT_FOUND', undefined],
    ['an unknown booth', () => ({ boothId: UNKNOWN_ID }), 'NOT_FOUND', undefined],
  ])('refuses %s and writes nothing', async (_label, overrides, code, field) => {
    await expectRejected(VOID_SESSION, { boothId, sessionId, reason: '重复录入', ...overrides() }, code, field);
  });

  it('refuses a TREASURER, a recorder of another 支局 and a request without a token', async () => {
    const input = { boothId, sessionId, reason: '重复录入' };
    await expectRejected(VOID_SESSION, input, 'FORBIDDEN', undefined, treasurer);
    await expectRejected(VOID_SESSION, input, 'FORBIDDEN', undefined, outsider);
    await expectRejected(VOID_SESSION, input, 'UNAUTHENTICATED', undefined, null);
  });

  it('voids the session, keeps it on the booth, and refuses to void it again (CONFLICT)', async () => {
    const result = await ok(VOID_SESSION, { boothId, sessionId, reason: '重复录入' });
    expect(result.sessionId).toBe(sessionId);
    expect(result.booth.sessions).toEqual([expect.objectContaining({ id: sessionId, voided: true })]);
    expect(await api.head()).toBe(BigInt(result.position));
    await expectRejected(VOID_SESSION, { boothId, sessionId, reason: '再次作废' }, 'CONFLICT');
  });
});

describe('closeBooth', () => {
  it('closes the booth; later-dated sessions are refused, sessions within the open period are still accepted', async () => {
    const boothId = await freshBooth();
    await recordSession(api, recorder, boothSession(boothId, { date: '2023-12-19' }));
    const result = await ok(CLOSE_BOOTH, { id: boothId, closedOn: '2023-12-31' });
    expect(result.booth).toMatchObject({ closed: true, closedOn: '2023-12-31' });
    expect(result.sessionId).toBeNull();
    expect(await api.head()).toBe(BigInt(result.position));

    await expectRejected(RECORD_SESSION, boothSession(boothId, { date: '2024-01-02' }), 'BAD_USER_INPUT', 'date');
    expect((await ok(RECORD_SESSION, boothSession(boothId, { date: '2023-12-26' }))).booth.sessions).toHaveLength(2);
    await expectRejected(CLOSE_BOOTH, { id: boothId, closedOn: '2024-01-31' }, 'CONFLICT');
  });

  it.each<Row>([
    ['a closing date before the opening', () => ({ closedOn: '2023-08-31' }), 'BAD_USER_INPUT', 'closedOn'],
    ['a closing date before the last session', () => ({ closedOn: '2023-09-04' }), 'BAD_USER_INPUT', 'closedOn'],
    ['an impossible closing date', () => ({ closedOn: '2023-02-29' }), 'BAD_USER_INPUT', 'closedOn'],
    ['an unknown booth', () => ({ id: UNKNOWN_ID }), 'NOT_FOUND', undefined],
  ])('refuses %s and writes nothing', async (_label, overrides, code, field) => {
    const boothId = await freshBooth();
    await recordSession(api, recorder, boothSession(boothId));
    await expectRejected(CLOSE_BOOTH, { id: boothId, closedOn: '2023-12-31', ...overrides() }, code, field);
  });

  it('refuses a TREASURER, a recorder of another 支局 and a request without a token', async () => {
    const input = { id: await freshBooth(), closedOn: '2023-12-31' };
    await expectRejected(CLOSE_BOOTH, input, 'FORBIDDEN', undefined, treasurer);
    await expectRejected(CLOSE_BOOTH, input, 'FORBIDDEN', undefined, outsider);
    await expectRejected(CLOSE_BOOTH, input, 'UNAUTHENTICATED', undefined, null);
  });
});
