// Bad input to the volunteer-activity mutations: each case gets a clear error code (and, for
// input problems, the offending field) and writes nothing (docs/design.md §8).
import { ApiHarness, dataOf, errorCode } from '../../../test/api-harness';
import { CORRECT_ACTIVITY, type OrgFixture, RECORD_ACTIVITY, VOID_ACTIVITY, leiFengDay, registerBureau } from '../../../test/documents';

let api: ApiHarness;
let org: OrgFixture;
let recorder: string;
let activityId: string;

beforeAll(async () => {
  api = await ApiHarness.start();
  const admin = api.token({ sub: 'admin', roles: ['ADMIN'] });
  org = await registerBureau(api, admin);
  recorder = api.token({ sub: 'secretary', roles: ['RECORDER'], orgUnitIds: [org.branchId] });
  activityId = dataOf(await api.gql<{ recordVolunteerActivity: { activity: { id: string } } }>(RECORD_ACTIVITY, { input: leiFengDay(org.subBureauId) }, recorder))
    .recordVolunteerActivity.activity.id;
});

afterAll(() => api.close());

const record = (overrides: Record<string, unknown>) => () => api.gql(RECORD_ACTIVITY, { input: leiFengDay(org.subBureauId, overrides) }, recorder);

describe('recordVolunteerActivity refuses bad input and writes nothing', () => {
  const cases: [string, Record<string, unknown>, string, string | undefined][] = [
    ['人次 sent as text', { personTimes: '4' }, 'BAD_USER_INPUT', 'personTimes'],
    ['人次 of zero', { personTimes: 0 }, 'BAD_USER_INPUT', 'personTimes'],
    ['negative 人次', { personTimes: -3 }, 'BAD_USER_INPUT', 'personTimes'],
    ['fractional 人次', { personTimes: 2.5 }, 'BAD_USER_INPUT', 'personTimes'],
    ['an empty title', { title: '' }, 'BAD_USER_INPUT', 'title'],
    ['a blank title', { title: '   ' }, 'BAD_USER_INPUT', 'title'],
    ['a title over 200 characters', { title: '学'.repeat(201) }, 'BAD_USER_INPUT', 'title'],
    ['an impossible date (2023-02-30)', { startDate: '2023-02-30' }, 'BAD_USER_INPUT', 'startDate'],
    ['a date without zero padding (2023-3-5)', { startDate: '2023-3-5' }, 'BAD_USER_INPUT', 'startDate'],
    ['a date out of range (1999-12-31)', { startDate: '1999-12-31' }, 'BAD_USER_INPUT', 'startDate'],
    ['an end date before the start date', { startDate: '2023-03-05', endDate: '2023-03-01' }, 'BAD_USER_INPUT', 'endDate'],
    ['a span over 366 days', { startDate: '2023-01-01', endDate: '2024-01-02' }, 'BAD_USER_INPUT', 'endDate'],
    ['hours sent as a number', { volunteerHours: 12.5 }, 'BAD_USER_INPUT', 'volunteerHours'],
    ['hours with three decimals', { volunteerHours: '12.345' }, 'BAD_USER_INPUT', 'volunteerHours'],
    ['hours in exponent form', { volunteerHours: '1e3' }, 'BAD_USER_INPUT', 'volunteerHours'],
    ['negative hours', { volunteerHours: '-1' }, 'BAD_USER_INPUT', 'volunteerHours'],
    ['a charity sale of 0 yuan', { charitySales: { transactions: 28, amount: '0', recipient: '红十字会' } }, 'BAD_USER_INPUT', 'charitySales.amount'],
    ['a charity sale with no transactions', { charitySales: { transactions: 0, amount: '10.00', recipient: '红十字会' } }, 'BAD_USER_INPUT', 'charitySales.transactions'],
    ['51 service items', { serviceItems: Array.from({ length: 51 }, (_, i) => `服务${i}`) }, 'BAD_USER_INPUT', 'serviceItems'],
    ['an empty service item', { serviceItems: ['电信业务咨询', ' '] }, 'BAD_USER_INPUT', 'serviceItems'],
    ['an unknown program', { program: 'KARAOKE' }, 'BAD_USER_INPUT', undefined],
    ['negative beneficiaries', { beneficiaries: -1 }, 'BAD_USER_INPUT', 'beneficiaries'],
    ['a subdistrict over 50 characters', { subdistrict: '街'.repeat(51) }, 'BAD_USER_INPUT', 'subdistrict'],
    ['an organizer id that is not an id', { organizerId: 'kangjian' }, 'BAD_USER_INPUT', 'organizerId'],
    ['an idempotency key with spaces', { idempotencyKey: 'two words' }, 'BAD_USER_INPUT', 'idempotencyKey'],
    ['a field the form does not have (volunteerName)', { volunteerName: '张三' }, 'BAD_USER_INPUT', undefined],
    ['a missing site', { site: undefined }, 'BAD_USER_INPUT', undefined],
    ['an unknown organizer', { organizerId: '6a1f5c0e-0000-4000-8000-000000000001' }, 'NOT_FOUND', undefined],
    ['an unknown 党建翼联 agreement', { agreementId: '6a1f5c0e-0000-4000-8000-000000000002' }, 'NOT_FOUND', undefined],
  ];

  it.each(cases)('%s', async (_name, overrides, code, field) => {
    await api.expectRefused(record(overrides), code, field);
  });

  it('人次 of zero with an end date before the start date: both fields named at once, in Chinese alone', async () => {
    const response = await api.expectRefused(record({ personTimes: 0, startDate: '2023-03-05', endDate: '2023-03-01' }), 'BAD_USER_INPUT');
    const fields = response.errors?.[0]?.extensions?.fields ?? [];
    expect(fields).toEqual(
      expect.arrayContaining([
        { field: 'personTimes', message: '人次须为不小于 1 的整数' },
        { field: 'endDate', message: '结束日期不能早于开始日期' },
      ]),
    );
    expect(response.errors?.[0]?.message).toEqual(expect.stringContaining('人次须为不小于 1 的整数'));
    expect(response.errors?.[0]?.message).toEqual(expect.stringContaining('结束日期不能早于开始日期'));
  });

  it('an unknown program lists the accepted values', async () => {
    const response = await api.expectRefused(record({ program: 'KARAOKE' }), 'BAD_USER_INPUT', 'program');
    expect(response.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'program', message: '取值无效，可选：LEI_FENG、COMMUNITY_SERVICE、ELDERLY_CARE、DIGITAL_INCLUSION、ANTI_FRAUD、PUBLIC_WELFARE、OTHER' },
    ]);
  });

  it.each([
    ['人次 sent as text', { personTimes: '4' }, 'personTimes', '应为整数'],
    ['a malformed start date', { startDate: '2023-3-5' }, 'startDate', '日期格式应为 YYYY-MM-DD，例如 2023-03-05'],
    ['a charity-sale amount sent as a number', { charitySales: { transactions: 28, amount: 560, recipient: '红十字会' } }, 'charitySales.amount', '数字须加引号以文字发送，例如 "41620.00"'],
    ['a missing site', { site: undefined }, 'site', '请填写此项'],
    ['a field the form does not have', { volunteerName: '张三' }, 'volunteerName', '没有这一项，请删去'],
  ])('GraphQL refuses %s in Chinese and names the field', async (_name, overrides, field, message) => {
    const response = await api.expectRefused(record(overrides), 'BAD_USER_INPUT', field);
    expect(response.errors?.[0]?.extensions?.fields).toEqual([{ field, message }]);
    expect(response.errors?.[0]?.message).toBe(message);
  });

  it('text the store cannot keep (a NUL character) is BAD_USER_INPUT, not a server error', async () => {
    const response = await api.expectRefused(record({ title: '学雷锋\u0000志愿服务' }), 'BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toContain('无法保存的字符');
  });

  it('an inline literal Decimal sent as a number', async () => {
    const query = `mutation { recordVolunteerActivity(input: { organizerId: "${org.subBureauId}", program: LEI_FENG, title: "学雷锋", startDate: "2023-03-05",
      site: "天平", serviceItems: ["套餐解读"], personTimes: 2, volunteerHours: 3 }) { position } }`;
    await api.expectRefused(() => api.gql(query, {}, recorder), 'BAD_USER_INPUT');
  });

  it('a request body over the size limit (413)', async () => {
    const head = await api.head();
    const response = await api.post(JSON.stringify({ query: RECORD_ACTIVITY, variables: { input: leiFengDay(org.subBureauId, { title: '学'.repeat(300_000) }) } }), recorder);
    expect([response.status, errorCode(response)]).toEqual([413, 'BAD_REQUEST']);
    expect(await api.head()).toBe(head);
  });

  it('a body that is not JSON', async () => {
    const response = await api.post('{"query": ', recorder);
    expect([response.status, errorCode(response)]).toEqual([400, 'BAD_REQUEST']);
  });
});

describe('correctVolunteerActivity and voidVolunteerActivity refuse bad input and write nothing', () => {
  const correct = (input: Record<string, unknown>) => () => api.gql(CORRECT_ACTIVITY, { input }, recorder);
  const unknownId = '6a1f5c0e-0000-4000-8000-000000000003';

  it('an unknown record', () => api.expectRefused(correct({ id: unknownId, reason: '更正', personTimes: 2 }), 'NOT_FOUND'));
  it('an empty reason', () => api.expectRefused(correct({ id: activityId, reason: ' ', personTimes: 2 }), 'BAD_USER_INPUT', 'reason'));
  it('no field to change', () => api.expectRefused(correct({ id: activityId, reason: '更正' }), 'BAD_USER_INPUT'));
  it('人次 of zero', () => api.expectRefused(correct({ id: activityId, reason: '更正', personTimes: 0 }), 'BAD_USER_INPUT', 'personTimes'));
  it('an end date before the stored start date', () => api.expectRefused(correct({ id: activityId, reason: '更正', endDate: '2023-03-01' }), 'BAD_USER_INPUT', 'endDate'));
  it('clearing a required field (title: null)', () => api.expectRefused(correct({ id: activityId, reason: '更正', title: null }), 'BAD_USER_INPUT', 'title'));
  it('voiding an unknown record', () => api.expectRefused(() => api.gql(VOID_ACTIVITY, { input: { id: unknownId, reason: '重复' } }, recorder), 'NOT_FOUND'));
  it('voiding without a reason', () => api.expectRefused(() => api.gql(VOID_ACTIVITY, { input: { id: activityId, reason: '' } }, recorder), 'BAD_USER_INPUT', 'reason'));
});
