// recordVolunteerActivity / correctVolunteerActivity / voidVolunteerActivity over real HTTP with
// real tokens, on a fresh database (docs/design.md §3, §6, §7, §8).
import { ApiHarness, dataOf, errorCode } from '../../test/api-harness';
import {
  type ActivityResult,
  CORRECT_ACTIVITY,
  type OrgFixture,
  RECORD_ACTIVITY,
  RECORD_HISTORY,
  VOID_ACTIVITY,
  leiFengDay,
  registerBureau,
} from '../../test/documents';

let api: ApiHarness;
let admin: string;
let org: OrgFixture;
let recorder: string; // RECORDER for 公客综合党支部 (and so for 康健支局 under it)

interface Recorded {
  recordVolunteerActivity: { position: string; activity: ActivityResult };
}
interface Corrected {
  correctVolunteerActivity: { position: string; activity: ActivityResult };
}

beforeAll(async () => {
  api = await ApiHarness.start();
  admin = api.token({ sub: 'admin', roles: ['ADMIN'] });
  org = await registerBureau(api, admin);
  recorder = api.token({ sub: 'branch-secretary', roles: ['RECORDER'], orgUnitIds: [org.branchId] });
});

afterAll(() => api.close());

async function record(input: Record<string, unknown>, token = recorder) {
  return api.gql<Recorded>(RECORD_ACTIVITY, { input }, token);
}

describe('recordVolunteerActivity', () => {
  it('records an activity with the organizer path as it is today, and answers with the record and its position', async () => {
    const before = await api.head();
    const { recordVolunteerActivity: result } = dataOf(await record(leiFengDay(org.subBureauId)));
    expect(result.activity).toMatchObject({
      organizerPath: ['南区局', '公客综合党支部', '康健支局'],
      personTimes: 4,
      volunteerHours: '12.50',
      timeBasis: 'WORKING_HOURS',
      charitySales: { transactions: 28, amount: '560.00', recipient: '红十字会' },
      voided: false,
    });
    expect(BigInt(result.position)).toBeGreaterThan(before);
    expect(await api.head()).toBe(BigInt(result.position));
  });

  it('trims text fields before storing them', async () => {
    const { recordVolunteerActivity: result } = dataOf(await record(leiFengDay(org.subBureauId, { title: '  学雷锋  ', site: ' 天平路 ' })));
    expect([result.activity.title, result.activity.site]).toEqual(['学雷锋', '天平路']);
  });

  it('returns the first result and writes nothing when the same idempotency key repeats the same request', async () => {
    const input = leiFengDay(org.subBureauId, { idempotencyKey: 'lei-feng-2023-03-03' });
    const first = dataOf(await record(input)).recordVolunteerActivity;
    const head = await api.head();
    const again = dataOf(await record(input)).recordVolunteerActivity;
    expect(again).toEqual(first);
    expect(await api.head()).toBe(head);
  });

  it('answers CONFLICT, writing nothing, when an idempotency key is reused for different data', async () => {
    await record(leiFengDay(org.subBureauId, { idempotencyKey: 'reused-key' }));
    const head = await api.head();
    const response = await record(leiFengDay(org.subBureauId, { idempotencyKey: 'reused-key', personTimes: 9 }));
    expect(errorCode(response)).toBe('CONFLICT');
    expect(await api.head()).toBe(head);
  });

  it('scopes idempotency keys to the caller: another caller with the same key records a new activity', async () => {
    const input = leiFengDay(org.subBureauId, { idempotencyKey: 'shared-key' });
    const mine = dataOf(await record(input)).recordVolunteerActivity.activity.id;
    const colleague = api.token({ sub: 'another-secretary', roles: ['RECORDER'], orgUnitIds: [org.branchId] });
    const theirs = dataOf(await record(input, colleague)).recordVolunteerActivity.activity.id;
    expect(theirs).not.toBe(mine);
  });
});

describe('correctVolunteerActivity and voidVolunteerActivity', () => {
  it('corrects only the fields sent, clears a field sent as null, and keeps both facts in the history', async () => {
    const id = dataOf(await record(leiFengDay(org.subBureauId))).recordVolunteerActivity.activity.id;
    const corrected = dataOf(
      await api.gql<Corrected>(CORRECT_ACTIVITY, { input: { id, reason: '人次登记有误', personTimes: 6, subdistrict: null } }, recorder),
    ).correctVolunteerActivity.activity;
    expect(corrected).toMatchObject({ personTimes: 6, subdistrict: null, site: '枫林路营业厅' });

    const history = dataOf(await api.gql<{ recordHistory: { type: string; recordedBy: string; data: Record<string, unknown> }[] }>(RECORD_HISTORY, { id }, recorder));
    expect(history.recordHistory.map((e) => e.type)).toEqual(['VolunteerActivityRecorded', 'VolunteerActivityCorrected']);
    expect(history.recordHistory[1]).toMatchObject({ recordedBy: 'branch-secretary', data: { reason: '人次登记有误', changes: { personTimes: 6, subdistrict: null } } });
  });

  it('voids a record, keeps it in the history, and refuses anything more on it with CONFLICT', async () => {
    const id = dataOf(await record(leiFengDay(org.subBureauId))).recordVolunteerActivity.activity.id;
    const voided = dataOf(await api.gql<{ voidVolunteerActivity: { activity: ActivityResult } }>(VOID_ACTIVITY, { input: { id, reason: '重复录入' } }, recorder));
    expect(voided.voidVolunteerActivity.activity).toMatchObject({ voided: true, voidReason: '重复录入' });
    const head = await api.head();
    expect(errorCode(await api.gql(CORRECT_ACTIVITY, { input: { id, reason: 'late fix', personTimes: 2 } }, recorder))).toBe('CONFLICT');
    expect(errorCode(await api.gql(VOID_ACTIVITY, { input: { id, reason: 'again' } }, recorder))).toBe('CONFLICT');
    expect(await api.head()).toBe(head);
  });

  it('lands 50 concurrent corrections of one record: 50 corrections in the history, none lost, no error', async () => {
    const id = dataOf(await record(leiFengDay(org.subBureauId))).recordVolunteerActivity.activity.id;
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) => api.gql<Corrected>(CORRECT_ACTIVITY, { input: { id, reason: `第${i + 1}次更正`, personTimes: 100 + i } }, recorder)),
    );
    expect(responses.flatMap((r) => r.errors ?? [])).toEqual([]);
    const history = dataOf(await api.gql<{ recordHistory: { type: string; data: { changes?: { personTimes?: number } } }[] }>(RECORD_HISTORY, { id }, recorder));
    const corrections = history.recordHistory.filter((e) => e.type === 'VolunteerActivityCorrected');
    expect(corrections).toHaveLength(50);
    expect(new Set(corrections.map((e) => e.data.changes?.personTimes))).toEqual(new Set(Array.from({ length: 50 }, (_, i) => 100 + i)));
  });
});
