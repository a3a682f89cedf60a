// recordExamSentinelShift / correctExamSentinelShift / voidExamSentinelShift (考务哨兵) over real
// HTTP with real tokens, on a fresh database (docs/design.md §3, §6, §7, §8).
import { ApiHarness, dataOf, errorCode } from '../../test/api-harness';
import { type OrgFixture, RECORD_HISTORY, registerBureau } from '../../test/documents';
import {
  CORRECT_SHIFT,
  type CorrectedShift,
  RECORD_SHIFT,
  type RecordedShift,
  VOID_SHIFT,
  type VoidedShift,
  springGaokaoShift,
} from '../../test/exam-sentinel-shifts.documents';

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

const recordShift = (input: Record<string, unknown>, token: string | null = recorder) => api.gql<RecordedShift>(RECORD_SHIFT, { input }, token);
const correct = (input: Record<string, unknown>, token: string | null = recorder) => api.gql<CorrectedShift>(CORRECT_SHIFT, { input }, token);
const voidShift = (input: Record<string, unknown>, token: string | null = recorder) => api.gql<VoidedShift>(VOID_SHIFT, { input }, token);

async function newShift(overrides: Record<string, unknown> = {}): Promise<string> {
  return dataOf(await recordShift(springGaokaoShift(org.subBureauId, overrides))).recordExamSentinelShift.shift.id;
}


const UNKNOWN_ID = '00000000-0000-4000-8000-000000000404';

describe('recordExamSentinelShift', () => {
  it('records a 春季高考 shift with the organizer path, and answers with the store head', async () => {
    const { recordExamSentinelShift: result } = dataOf(await recordShift(springGaokaoShift(org.subBureauId)));
    expect(result.shift).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      organizerId: org.subBureauId,
      organizerPath: ['南区局', '公客综合党支部', '康健支局'],
      examName: '春季高考',
      examDate: '2023-01-07',
      site: '南洋模范中学考点',
      supporters: 4,
      voided: false,
      voidReason: null,
    });
    expect(await api.head()).toBe(BigInt(result.position));
  });

  it('trims text fields before storing them', async () => {
    const { shift } = dataOf(await recordShift(springGaokaoShift(org.subBureauId, { examName: ' 中职考试 ', site: '  位育中学考点 ', examDate: '2023-12-16' }))).recordExamSentinelShift;
    expect([shift.examName, shift.site]).toEqual(['中职考试', '位育中学考点']);
  });

  it('returns the first result and writes nothing when the same idempotency key repeats the same request', async () => {
    const input = springGaokaoShift(org.subBureauId, { idempotencyKey: 'gaokao-2023-nanmo' });
    const first = dataOf(await recordShift(input)).recordExamSentinelShift;
    const head = await api.head();
    const again = dataOf(await recordShift(input)).recordExamSentinelShift;
    expect(again).toEqual(first);
    expect(await api.head()).toBe(head);
    await api.expectRefused(() => recordShift(springGaokaoShift(org.subBureauId, { idempotencyKey: 'gaokao-2023-nanmo', supporters: 5 })), 'CONFLICT');
  });

  it.each<[string, Record<string, unknown>]>([
    ['supporters as a string', { supporters: '4' }],
    ['supporters 0', { supporters: 0 }],
    ['negative supporters', { supporters: -4 }],
    ['more supporters than any shift has', { supporters: 10_001 }],
    ['supporters beyond a GraphQL Int', { supporters: 2 ** 31 }],
    ['an empty exam name', { examName: '' }],
    ['a blank site', { site: '   ' }],
    ['an oversized exam name', { examName: '考'.repeat(101) }],
    ['an oversized site', { site: '点'.repeat(201) }],
    ['an impossible date', { examDate: '2023-02-30' }],
    ['a date out of range', { examDate: '1999-06-07' }],
    ['a date without leading zeros', { examDate: '2023-1-7' }],
    ['an organizerId that is not an id', { organizerId: 'KJ-01' }],
    ['a missing site', { site: undefined }],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_case, overrides) => {
    await api.expectRefused(() => recordShift(springGaokaoShift(org.subBureauId, overrides)), 'BAD_USER_INPUT');
  });

  it('refuses an unknown organizer with NOT_FOUND', async () => {
    await api.expectRefused(() => recordShift(springGaokaoShift(UNKNOWN_ID)), 'NOT_FOUND');
  });

  it("refuses another unit's organizer and a TREASURER with FORBIDDEN, and no token with UNAUTHENTICATED", async () => {
    await api.expectRefused(() => recordShift(springGaokaoShift(org.otherSubBureauId)), 'FORBIDDEN');
    await api.expectRefused(() => recordShift(springGaokaoShift(org.subBureauId), outsider), 'FORBIDDEN');
    await api.expectRefused(() => recordShift(springGaokaoShift(org.subBureauId), treasurer), 'FORBIDDEN');
    await api.expectRefused(() => recordShift(springGaokaoShift(org.subBureauId), null), 'UNAUTHENTICATED');
  });
});

describe('correctExamSentinelShift', () => {
  it('changes only the fields sent and answers with the store head; the same correction again writes nothing', async () => {
    const id = await newShift();
    const { correctExamSentinelShift: result } = dataOf(await correct({ id, reason: '人数登记有误', supporters: 6, site: '南模中学考点' }));
    expect(result.shift).toMatchObject({ id, supporters: 6, site: '南模中学考点', examName: '春季高考', examDate: '2023-01-07', voided: false });
    expect(await api.head()).toBe(BigInt(result.position));
    dataOf(await correct({ id, reason: '人数登记有误', supporters: 6 }));
    expect(await api.head()).toBe(BigInt(result.position));
  });

  it.each<[string, Record<string, unknown>]>([
    ['nothing to correct', {}],
    ['a blank reason', { reason: '', supporters: 5 }],
    ['supporters as a string', { supporters: 'five' }],
    ['negative supporters', { supporters: -1 }],
    ['an empty exam name', { examName: ' ' }],
    ['an impossible date', { examDate: '2023-02-29' }],
    ['a change of organizer, which is not a correction', { organizerId: UNKNOWN_ID }],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_case, fields) => {
    const id = await newShift();
    await api.expectRefused(() => correct({ id, reason: '更正', ...fields }), 'BAD_USER_INPUT');
  });

  it('refuses an unknown shift (NOT_FOUND), another unit or role (FORBIDDEN) and no token', async () => {
    const id = await newShift();
    await api.expectRefused(() => correct({ id: UNKNOWN_ID, reason: '更正', supporters: 5 }), 'NOT_FOUND');
    await api.expectRefused(() => correct({ id, reason: '更正', supporters: 5 }, outsider), 'FORBIDDEN');
    await api.expectRefused(() => correct({ id, reason: '更正', supporters: 5 }, treasurer), 'FORBIDDEN');
    await api.expectRefused(() => correct({ id, reason: '更正', supporters: 5 }, null), 'UNAUTHENTICATED');
  });
});

describe('voidExamSentinelShift', () => {
  it('voids a shift, answers with the store head, and refuses corrections and a second void with CONFLICT', async () => {
    const id = await newShift();
    const { voidExamSentinelShift: result } = dataOf(await voidShift({ id, reason: '重复录入' }));
    expect(result.shift).toMatchObject({ id, voided: true, voidReason: '重复录入', supporters: 4 });
    expect(await api.head()).toBe(BigInt(result.position));
    await api.expectRefused(() => correct({ id, reason: '更正', supporters: 5 }), 'CONFLICT');
    await api.expectRefused(() => voidShift({ id, reason: 'again' }), 'CONFLICT');
  });

  it('refuses an unknown shift, a blank reason, another unit and no token, writing nothing', async () => {
    const id = await newShift();
    await api.expectRefused(() => voidShift({ id: UNKNOWN_ID, reason: '重复录入' }), 'NOT_FOUND');
    await api.expectRefused(() => voidShift({ id, reason: '  ' }), 'BAD_USER_INPUT');
    await api.expectRefused(() => voidShift({ id, reason: '重复录入' }, outsider), 'FORBIDDEN');
    await api.expectRefused(() => voidShift({ id, reason: '重复录入' }, treasurer), 'FORBIDDEN');
    await api.expectRefused(() => voidShift({ id, reason: '重复录入' }, null), 'UNAUTHENTICATED');
  });
});

describe('recordHistory of an exam sentinel shift', () => {
  it('lists recorded, corrected and voided, by whom', async () => {
    const id = await newShift();
    await correct({ id, reason: '人数登记有误', supporters: 5 });
    await voidShift({ id, reason: '重复录入' }, admin);
    const history = dataOf(await api.gql<{ recordHistory: { type: string; recordedBy: string; data: Record<string, unknown> }[] }>(RECORD_HISTORY, { id }, recorder));
    expect(history.recordHistory.map((e) => [e.type, e.recordedBy])).toEqual([
      ['ExamSentinelShiftRecorded', 'branch-secretary'],
      ['ExamSentinelShiftCorrected', 'branch-secretary'],
      ['ExamSentinelShiftVoided', 'admin'],
    ]);
    expect(history.recordHistory[1]?.data).toEqual({ shiftId: id, reason: '人数登记有误', changes: { supporters: 5 } });
    expect(errorCode(await api.gql(RECORD_HISTORY, { id }, outsider))).toBe('FORBIDDEN');
  });
});
