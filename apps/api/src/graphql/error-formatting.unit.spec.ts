// The one place errors become what a client reads: every typed error the event store, the domain
// and the app can raise, each with its GraphQL code and a Chinese message.
import { Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { ConflictError, IllegalStateError, NotFoundError, ValidationError } from '@tracker/domain';
import { ConcurrencyError, DuplicateEventError, InvalidEventStoreRequestError, KurrentDbUnavailableError } from '@tracker/event-store';
import { ForbiddenError, IdempotencyKeyReusedError, RecordedButNotYetCountedError, UnauthenticatedError } from '../errors/app-errors';
import { formatGraphQLError, translateRequestError, withholdSchemaHints } from './error-formatting';
import { RequestRefusal } from './request-refusal';

/** What Apollo hands formatError for an error thrown inside a resolver. */
function formatThrown(error: Error) {
  const wrapped = new GraphQLError(error.message, { path: ['recordVolunteerActivity'], originalError: error });
  return formatGraphQLError(wrapped.toJSON(), wrapped);
}

const CHINESE = /[\u4e00-\u9fff]/;
const ENGLISH_WORD = /\b(?=[A-Za-z]*[a-z])[A-Za-z]{3,}\b/;

describe('the event store errors', () => {
  let logged: jest.SpyInstance;
  beforeEach(() => {
    logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => logged.mockRestore());

  it.each<[string, Error, string]>([
    ['a version clash that outlasted the retries', new ConcurrencyError('volunteeractivity-1', 3, 4), 'CONFLICT'],
    ['an append that is neither new nor an exact repeat', new DuplicateEventError('booth-1', ['e1'], 'the append mixes new events with events stored earlier'), 'CONFLICT'],
    ['a request the store refuses before touching storage', new InvalidEventStoreRequestError('Event e1: data contains a NUL character'), 'BAD_USER_INPUT'],
    ['an unreachable KurrentDB', new KurrentDbUnavailableError('连不上 kurrentdb://db:2113 上的 KurrentDB'), 'INTERNAL_SERVER_ERROR'],
  ])('%s answers with its code, in Chinese, without the store’s own words', (_name, error, code) => {
    const formatted = formatThrown(error);
    expect(formatted.extensions?.['code']).toBe(code);
    expect(formatted.message).toMatch(CHINESE);
    expect(formatted.message).not.toMatch(ENGLISH_WORD);
    expect(JSON.stringify(formatted)).not.toContain(error.message);
  });

  it('maps ConcurrencyError to CONFLICT, as the port promises', () => {
    expect(formatThrown(new ConcurrencyError('s', 1, 2)).extensions).toEqual({ code: 'CONFLICT' });
  });

  it('logs only what is the server’s fault', () => {
    formatThrown(new InvalidEventStoreRequestError('bad'));
    expect(logged).not.toHaveBeenCalled();
    formatThrown(new KurrentDbUnavailableError('down'));
    expect(logged).toHaveBeenCalledTimes(1);
  });
});

describe('the domain and app errors', () => {
  it.each<[Error, string]>([
    [ValidationError.of('personTimes', '人次须为不小于 1 的整数'), 'BAD_USER_INPUT'],
    [new IllegalStateError('志愿活动已作废，不能再更正'), 'CONFLICT'],
    [new ConflictError('同一级已有名为“工会”的组织'), 'CONFLICT'],
    [new NotFoundError('找不到志愿活动'), 'NOT_FOUND'],
    [new UnauthenticatedError('请先登录'), 'UNAUTHENTICATED'],
    [new ForbiddenError('只有管理员可以执行此操作'), 'FORBIDDEN'],
    [new IdempotencyKeyReusedError('reused-key'), 'CONFLICT'],
    [new RecordedButNotYetCountedError('42', 5000), 'RECORDED_NOT_YET_COUNTED'],
  ])('%p answers %s in Chinese', (error, code) => {
    const formatted = formatThrown(error);
    expect(formatted.extensions?.['code']).toBe(code);
    expect(formatted.message).toMatch(CHINESE);
    expect(formatted.message).not.toMatch(ENGLISH_WORD);
  });

  it('keeps the field list of a validation error', () => {
    const error = new ValidationError([
      { field: 'personTimes', message: '人次须为不小于 1 的整数' },
      { field: 'endDate', message: '结束日期不能早于开始日期' },
    ]);
    expect(formatThrown(error)).toMatchObject({ message: '人次须为不小于 1 的整数；结束日期不能早于开始日期', extensions: { code: 'BAD_USER_INPUT', fields: error.issues } });
  });

  it('says a recorded-but-not-counted write was recorded, with its position', () => {
    expect(formatThrown(new RecordedButNotYetCountedError('42', 5000)).extensions).toEqual({ code: 'RECORDED_NOT_YET_COUNTED', recorded: true, position: '42' });
  });
});

describe("graphql-js's own refusals, translated", () => {
  it.each<[string, string | undefined, string]>([
    ['Variable "$input" got invalid value "4" at "input.personTimes"; Int cannot represent non-integer value: "4"', 'personTimes', '应为整数'],
    ['Variable "$input" got invalid value { n: 1 } at "input.charitySales"; Field "amount" of required type "Decimal!" was not provided.', 'charitySales.amount', '请填写此项'],
    ['Variable "$input" got invalid value { title: "a; b" }; Field "site" of required type "String!" was not provided.', 'site', '请填写此项'],
    ['Variable "$input" got invalid value { x: 1 }; Field "volunteerName" is not defined by type "RecordVolunteerActivityInput". Did you mean "title"?', 'volunteerName', '没有这一项，请删去'],
    ['Variable "$input" got invalid value "K" at "input.timeBasis"; Value "K" does not exist in "TimeBasis" enum. Did you mean the enum value "OWN_TIME"?', 'timeBasis', '取值无效，可选：WORKING_HOURS、OWN_TIME'],
    ['Variable "$input" got invalid value 3 at "input.serviceItems[1]"; String cannot represent a non string value: 3', 'serviceItems[1]', '应为文字'],
    ['Variable "$input" got invalid value null at "input.title"; Expected non-nullable type "String!" not to be null.', 'title', '此项不能为空'],
    ['Variable "$input" of required type "RecordVolunteerActivityInput!" was not provided.', 'input', '请填写此项'],
    ['Field "RecordVolunteerActivityInput.site" of required type "String!" was not provided.', 'site', '请填写此项'],
    ['Value "KARAOKE" does not exist in "VolunteerProgram" enum.', undefined, '取值无效，可选：LEI_FENG、COMMUNITY_SERVICE、ELDERLY_CARE、DIGITAL_INCLUSION、ANTI_FRAUD、PUBLIC_WELFARE、OTHER'],
    ['Expected value of type "Decimal", found 3; 数字须加引号以文字发送，例如 "41620.00"', undefined, '数字须加引号以文字发送，例如 "41620.00"'],
    ['Cannot query field "colour" on type "Booth". Did you mean "kind"?', 'colour', '接口中没有这个字段'],
    ['Syntax Error: Expected Name, found <EOF>.', undefined, '查询语句有语法错误'],
    ['Some refusal graphql-js adds one day.', undefined, '请求不符合接口的定义，无法执行'],
  ])('%s', (message, field, said) => {
    expect(translateRequestError(message)).toEqual({ field, message: said });
  });

  it('prefers the reason graphql-js kept as the original error (a Date scalar’s own message)', () => {
    const reason = '日期不是真实存在的日期：2023-02-30';
    expect(translateRequestError(`Variable "$input" got invalid value "2023-02-30" at "input.startDate"; ${reason}`, reason)).toEqual({ field: 'startDate', message: reason });
  });
});

describe('schema hints, for a caller who may not learn the schema', () => {
  it.each<[string, string | undefined, string]>([
    ['Variable "$input" got invalid value "K" at "input.timeBasis"; Value "K" does not exist in "TimeBasis" enum. Did you mean the enum value "OWN_TIME"?', 'timeBasis', '取值无效'],
    ['Variable "$input" got invalid value { title: "a" }; Field "site" of required type "String!" was not provided.', undefined, '缺少必填项'],
    ['Field "reportSection" argument "year" of type "Int!" is required, but it was not provided.', undefined, '缺少必填参数'],
    ['Cannot query field "versoin" on type "Query". Did you mean "version"?', 'versoin', '接口中没有这个字段'],
  ])('%s', (message, field, said) => {
    expect(translateRequestError(message, undefined, { schemaHints: false })).toEqual({ field, message: said });
  });

  it('are withheld from the errors a plugin marked, and kept in the others', () => {
    const refusal = () => new GraphQLError('Value "KARAOKE" does not exist in "VolunteerProgram" enum. Did you mean the enum value "OTHER"?', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    const marked = refusal();
    withholdSchemaHints(marked);
    expect(formatGraphQLError(marked.toJSON(), marked).message).toBe('取值无效');
    const kept = refusal();
    expect(formatGraphQLError(kept.toJSON(), kept).message).toMatch(/^取值无效，可选：LEI_FENG、/);
    expect(JSON.stringify(formatGraphQLError(kept.toJSON(), kept))).not.toContain('Did you mean');
  });
});

describe('a request refused as a whole: the client’s mistake, 4xx, one line at warn', () => {
  let errors: jest.SpyInstance;
  let warnings: jest.SpyInstance;
  beforeEach(() => {
    errors = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    warnings = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    errors.mockRestore();
    warnings.mockRestore();
  });

  /** What Apollo raises for a request's form: a code of its own (or none) and an HTTP status. */
  const apolloRefusal = (message: string, code: string | undefined, status = 400) =>
    new GraphQLError(message, { extensions: { ...(code ? { code } : {}), http: { status, headers: new Map() } } });

  it.each<[string, GraphQLError, string, string]>([
    ['a text/plain post (CSRF)', apolloRefusal('This operation has been blocked as a potential Cross-Site Request Forgery (CSRF). Please either specify…', 'BAD_REQUEST'), 'BAD_REQUEST', '跨站请求伪造'],
    ['an empty body', apolloRefusal('POST body missing, invalid Content-Type, or JSON object has no keys.', 'BAD_REQUEST'), 'BAD_REQUEST', '请求体为空'],
    ['a batch', apolloRefusal('Operation batching disabled.', 'BAD_REQUEST'), 'BAD_REQUEST', '不支持批量'],
    ['variables as a string', apolloRefusal('`variables` in a POST body should be provided as an object, not a recursively JSON-encoded string.', 'BAD_REQUEST'), 'BAD_REQUEST', '“variables”'],
    ['an unknown operation name', apolloRefusal('Unknown operation named "B".', 'OPERATION_RESOLUTION_FAILURE'), 'BAD_REQUEST', '“operationName”'],
    ['a persisted query’s wrong hash', apolloRefusal('provided sha does not match query', undefined), 'BAD_REQUEST', '哈希值'],
    ['an unknown persisted query', apolloRefusal('PersistedQueryNotFound', 'PERSISTED_QUERY_NOT_FOUND', 200), 'PERSISTED_QUERY_NOT_FOUND', '持久化查询'],
    ['something Apollo adds one day', apolloRefusal('Some new refusal.', 'BAD_REQUEST'), 'BAD_REQUEST', '请求的格式不对'],
  ])('%s', (_name, error, code, said) => {
    const formatted = formatGraphQLError({ ...error.toJSON(), extensions: { ...error.extensions, code: error.extensions['code'] ?? 'INTERNAL_SERVER_ERROR' } }, error);
    expect(formatted).toEqual({ message: expect.stringContaining(said), extensions: { code } });
    // What the client must send is quoted “like this”; the rest is Chinese.
    expect(formatted.message.replace(/“[^”]*”/g, '')).not.toMatch(ENGLISH_WORD);
    expect(errors).not.toHaveBeenCalled();
  });

  it('keeps INTERNAL_SERVER_ERROR, and the error log, for a fault of ours', () => {
    const fault = new GraphQLError('pool is closed', { originalError: new Error('pool is closed') });
    expect(formatGraphQLError(fault.toJSON(), fault).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(errors).toHaveBeenCalledTimes(1);
  });

  it('keeps the code and fields of our own refusals, and logs them in one short line', () => {
    const refusal = new RequestRefusal('BAD_USER_INPUT', '文字中含有无法保存的字符', [{ field: 'title', message: '文字中含有无法保存的字符' }]);
    expect(formatGraphQLError(refusal.toJSON(), refusal)).toEqual({ message: '文字中含有无法保存的字符', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'title', message: '文字中含有无法保存的字符' }] } });
    expect(warnings).toHaveBeenCalledTimes(1);
    expect(String(warnings.mock.calls[0]?.[0])).not.toContain('\n');
    expect(errors).not.toHaveBeenCalled();
  });
});
