import { Logger } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { KurrentDbUnavailableError } from '@tracker/event-store';
import { GRAPHQL_ENUM_VALUES } from './enums';
import { RequestRefusal } from './request-refusal';

/** A field-level problem, in Chinese words a branch secretary understands; `field` is the GraphQL input path. */
export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

interface Mapping {
  readonly code: string;
  /** Said instead of the error's own message, which is written for developers (the event store's). */
  readonly message?: string;
}

// Stable codes of the domain's, the application's and the event store's typed errors → GraphQL
// codes (docs/design.md §8). This table is the one place where an error becomes what a client reads.
const CODE_MAP: Readonly<Record<string, Mapping>> = {
  VALIDATION: { code: 'BAD_USER_INPUT' },
  BAD_USER_INPUT: { code: 'BAD_USER_INPUT' },
  ILLEGAL_STATE: { code: 'CONFLICT' },
  CONFLICT: { code: 'CONFLICT' },
  NOT_FOUND: { code: 'NOT_FOUND' },
  UNAUTHENTICATED: { code: 'UNAUTHENTICATED' },
  FORBIDDEN: { code: 'FORBIDDEN' },
  TOO_MANY_ATTEMPTS: { code: 'TOO_MANY_ATTEMPTS' },
  // A write that landed but is not yet in the totals: its own code, so clients never retry it.
  RECORDED_NOT_YET_COUNTED: { code: 'RECORDED_NOT_YET_COUNTED' },
  // The ledgers wait for the upgrade's rebuild of the read model (minutes); the totals answer meanwhile.
  READ_MODEL_REBUILDING: { code: 'UNAVAILABLE' },
  // The command runner retries a version clash; one that outlasts every retry is still a clash.
  EVENT_STORE_CONCURRENCY: { code: 'CONFLICT', message: '这条记录同时有很多人在改，多次重试仍未保存成功，请稍后再试' },
  EVENT_STORE_DUPLICATE_EVENT: { code: 'CONFLICT', message: '这次提交与已保存的记录冲突，没有保存任何内容，请刷新后再试' },
  // The domain passed it, but the store cannot keep it (text with a NUL character, say).
  EVENT_STORE_INVALID_REQUEST: { code: 'BAD_USER_INPUT', message: '提交的内容含有无法保存的字符（例如不可见的控制字符），请删除后再试' },
};

const INTERNAL_MESSAGE = '服务器出错了，不是你提交的内容有问题。请稍后再试，或联系管理员。';
const STORE_UNAVAILABLE_MESSAGE = '暂时连不上事件库，没有保存任何内容。请稍后再试，或联系管理员。';

// Errors graphql-js raises before any resolver runs; all of them are the caller's input.
const REQUEST_ERROR_CODES = new Set(['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'GRAPHQL_PARSE_FAILED']);

const logger = new Logger('GraphQL');

// The errors of a request whose caller may not learn the schema from them (request-gate.ts):
// Apollo hands formatError the very objects its plugins saw, so they are marked there.
const withoutSchemaHints = new WeakSet<object>();

/** Keeps what the schema holds (accepted values, required names) out of this error's message. */
export function withholdSchemaHints(error: object): void {
  withoutSchemaHints.add(error);
}

/** The domain's typed errors, the app's own (errors/app-errors.ts) and the event store's share this shape. */
interface CodedError extends Error {
  readonly code: string;
  /** Field-level problems, as the domain's ValidationError lists them. */
  readonly issues?: readonly FieldProblem[];
}

function isCodedError(error: unknown): error is CodedError {
  if (!(error instanceof Error) || !('code' in error)) return false;
  const { code } = error;
  return typeof code === 'string' && code in CODE_MAP;
}

/**
 * Apollo's formatError: every error leaves with a stable `extensions.code` and a Chinese message,
 * and nothing internal (stack traces, SQL, driver messages) ever reaches a client.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { locations: formatted.locations, path: formatted.path };

  if (isCodedError(original)) {
    const mapping = CODE_MAP[original.code];
    return {
      ...base,
      message: mapping?.message ?? original.message,
      extensions: {
        code: mapping?.code,
        ...(original.issues ? { fields: original.issues } : {}),
        ...('position' in original && typeof original.position === 'string' ? { recorded: true, position: original.position } : {}),
      },
    };
  }

  if (original instanceof RequestRefusal) {
    logClientMistake(original.refusal, original.message);
    return { message: original.message, extensions: { code: original.refusal, ...(original.refusal === 'BAD_USER_INPUT' ? { fields: original.fields } : {}) } };
  }

  const code = formatted.extensions?.['code'];
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
    const problem = translateRequestError(formatted.message, innerMessageOf(error), { schemaHints: !(typeof error === 'object' && error !== null && withoutSchemaHints.has(error)) });
    return { ...base, message: problem.message, extensions: { code: 'BAD_USER_INPUT', fields: problem.field === undefined ? [] : [problem] } };
  }
  const refused = protocolRefusal(code, error);
  if (refused) {
    logClientMistake(refused.code, formatted.message);
    return { message: refused.message, extensions: { code: refused.code } };
  }
  const mapped = typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR' ? CODE_MAP[code] : undefined;
  if (mapped) return { ...base, message: chineseOr(formatted.message, INTERNAL_MESSAGE), extensions: { code: mapped.code } };

  // Anything else is our fault: log it in full on the server, tell the client only that it failed.
  // Through the app's logger (JSON lines an operator ships), with the stack: never to the client.
  logger.error({ msg: `GraphQL 请求在服务器内部出错：${original instanceof Error ? original.message : String(original)}`, err: original, path: formatted.path?.join('.') });
  return {
    message: original instanceof KurrentDbUnavailableError ? STORE_UNAVAILABLE_MESSAGE : INTERNAL_MESSAGE,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/**
 * A client's mistake is one line at warn, never a stack at error. Routine refusals are debug: a
 * persisted query not yet registered, a request that needs signing in (an expired token, say).
 */
function logClientMistake(code: string, detail: string): void {
  const line = `拒绝了一个请求（${code}）：${detail.replace(/\s+/g, ' ').slice(0, 200)}`;
  if (code === 'PERSISTED_QUERY_NOT_FOUND' || code === 'UNAUTHENTICATED') logger.debug(line);
  else logger.warn(line);
}

// Apollo's refusals of a request's form (HTTP method, content type, body shape, persisted-query
// protocol, operation choice), first match wins. Each is the client's doing and answered 4xx.
const PROTOCOL_REFUSALS: readonly { readonly pattern: RegExp; readonly message: string }[] = [
  { pattern: /^This operation has been blocked as a potential Cross-Site Request Forgery/, message: '为防止跨站请求伪造，此请求被拒绝：请以 “content-type: application/json” 提交 JSON 请求' },
  { pattern: /^POST body missing, invalid Content-Type, or JSON object has no keys/, message: '请求体为空或格式不对：请以 “application/json” 提交含有 “query” 的 JSON 对象' },
  { pattern: /^Operation batching disabled|^No operations found in request/, message: '一个请求只能提交一个操作，不支持批量提交' },
  { pattern: /^GraphQL queries must be strings/, message: '“query” 应为文字' },
  { pattern: /`variables` in a POST body|The variables search parameter/, message: '“variables” 应为 JSON 对象' },
  { pattern: /`extensions` in a POST body|The extensions search parameter/, message: '“extensions” 应为 JSON 对象' },
  { pattern: /`operationName` in a POST body/, message: '“operationName” 应为文字' },
  { pattern: /search parameter may only be specified once/, message: '同一个查询参数只能出现一次' },
  { pattern: /^GraphQL operations must contain a non-empty `query`/, message: '请求中没有查询语句（“query”）' },
  { pattern: /^Unknown operation named/, message: '文档中没有 “operationName” 所指的操作' },
  { pattern: /^Must provide operation name if query contains multiple operations/, message: '文档含有多个操作，须用 “operationName” 指明执行哪一个' },
  { pattern: /^GET requests only support query operations/, message: '修改操作只能用 POST 提交' },
  { pattern: /^GET requests may not have a content-type header/, message: '查询请求的内容类型只能是 “application/json”' },
  { pattern: /^Apollo Server supports only GET\/POST requests/, message: '只接受 GET 和 POST 请求' },
  { pattern: /^An 'accept' header was provided/, message: '请求的 “accept” 不接受 JSON 回答' },
  { pattern: /^provided sha does not match query/, message: '持久化查询的哈希值与查询语句不符' },
  { pattern: /^Unsupported persisted query version/, message: '不支持此版本的持久化查询' },
  { pattern: /^PersistedQueryNotFound$/, message: '服务器上没有这条持久化查询，请连同完整的查询语句重新发送' },
  { pattern: /^PersistedQueryNotSupported$/, message: '服务器不支持持久化查询' },
];

function httpStatusOf(error: GraphQLError): number | undefined {
  const http = error.extensions['http'];
  if (typeof http !== 'object' || http === null || !('status' in http)) return undefined;
  return typeof http.status === 'number' ? http.status : undefined;
}

// Apollo's codes for a request refused as a whole; a persisted-query code is kept, because
// clients retry with the full text on exactly that code.
const PROTOCOL_CODES: Readonly<Record<string, string>> = {
  BAD_REQUEST: 'BAD_REQUEST',
  OPERATION_RESOLUTION_FAILURE: 'BAD_REQUEST',
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  PERSISTED_QUERY_NOT_SUPPORTED: 'PERSISTED_QUERY_NOT_SUPPORTED',
};

/** Apollo's own refusal of the request's form, with our code and Chinese words; undefined for anything else. */
function protocolRefusal(code: unknown, error: unknown): { code: string; message: string } | undefined {
  if (!(error instanceof GraphQLError)) return undefined;
  const known = typeof code === 'string' ? PROTOCOL_CODES[code] : undefined;
  // A few of Apollo's refusals carry only a 4xx status (a persisted query's hash that does not match).
  const status = httpStatusOf(error);
  const clientFault = error.extensions['code'] === undefined && status !== undefined && status >= 400 && status < 500;
  if (known === undefined && !clientFault) return undefined;
  const message = PROTOCOL_REFUSALS.find(({ pattern }) => pattern.test(error.message))?.message ?? '请求的格式不对，无法执行';
  return { code: known ?? 'BAD_REQUEST', message };
}

const CHINESE = /[\u4e00-\u9fff]/;

/** Our own messages are Chinese already; anything else was worded by a library, for developers. */
const chineseOr = (message: string, fallback: string): string => (CHINESE.test(message) ? message : fallback);

/** graphql-js keeps the reason of a variable's refusal (a scalar's own message, say) as the original error. */
function innerMessageOf(error: unknown): string | undefined {
  if (!(error instanceof Error) || !('originalError' in error)) return undefined;
  const inner = error.originalError;
  return inner instanceof Error && inner.message !== error.message ? inner.message : undefined;
}

interface Problem {
  /** The GraphQL input path without the variable, e.g. `charitySales.amount`; undefined when the refusal names none. */
  readonly field: string | undefined;
  readonly message: string;
}

/**
 * graphql-js words its refusals in English, e.g. `Variable "$input" got invalid value "4" at
 * "input.personTimes"; Int cannot represent non-integer value: "4"`. Keep the field path and say
 * the reason as a form would, in Chinese.
 */
export function translateRequestError(message: string, innerMessage?: string, options: { readonly schemaHints: boolean } = { schemaHints: true }): Problem {
  const variable = /^Variable "\$(\w+)" got invalid value /.exec(message);
  if (variable) {
    const reason = innerMessage !== undefined && message.endsWith(`; ${innerMessage}`) ? innerMessage : reasonAfterValue(message);
    const prefix = message.slice(0, message.length - reason.length - 2);
    const path = /at "([^"]+)"$/.exec(prefix)?.[1] ?? variable[1] ?? '';
    return withinPath(stripVariable(path, variable[1] ?? ''), translateReason(reason, options.schemaHints));
  }
  return withinPath('', translateReason(message, options.schemaHints));
}

function reasonAfterValue(message: string): string {
  // The printed value may itself hold "; ": the reason is the first remainder we recognise.
  const starts = [...message.matchAll(/; /g)].map((m) => (m.index ?? 0) + 2);
  const known = starts.find((start) => REASONS.some((r) => r.pattern.test(message.slice(start))) || CHINESE.test(message.slice(start)));
  return message.slice(known ?? starts.at(-1) ?? 0);
}

const stripVariable = (path: string, variable: string): string => (path === variable ? '' : path.startsWith(`${variable}.`) ? path.slice(variable.length + 1) : path);

function withinPath(path: string, reason: Reason): Problem {
  const field = [path, reason.subfield].filter((part) => part !== undefined && part !== '').join('.');
  return { field: field === '' ? undefined : field, message: reason.message };
}

interface Reason {
  /** A field below the path that the reason names (a missing or unknown field). */
  readonly subfield?: string;
  readonly message: string;
}

const acceptedValues = (enumName: string | undefined): string => {
  const values = enumName === undefined ? undefined : GRAPHQL_ENUM_VALUES[enumName];
  return values ? `取值无效，可选：${values.join('、')}` : '取值无效';
};

// The refusals graphql-js can give an input or a document, first match wins. `hinted` ones name
// what the schema holds (accepted values, a required name the caller did not send); `plain` says
// the same without it, for a caller who may not learn the schema (graphql-js's "Did you mean"
// suggestions are never passed on at all).
const REASONS: readonly { readonly pattern: RegExp; readonly say: (match: RegExpExecArray) => Reason; readonly plain?: Reason }[] = [
  // A custom scalar's own message (Date, Decimal, DateTime) is Chinese already: keep it.
  { pattern: /^Expected value of type "[^"]+", found [\s\S]*?; ([\s\S]*[\u4e00-\u9fff][\s\S]*)$/, say: (m) => ({ message: m[1] ?? '' }) },
  { pattern: /^Field "(?:\w+\.)?(\w+)" of required type "[^"]+" was not provided\./, say: (m) => ({ subfield: m[1], message: '请填写此项' }), plain: { message: '缺少必填项' } },
  { pattern: /^Expected non-nullable type "[^"]+" not to be null\./, say: () => ({ message: '此项不能为空' }) },
  { pattern: /^Field "(\w+)" is not defined by type "\w+"\./, say: (m) => ({ subfield: m[1], message: '没有这一项，请删去' }) },
  { pattern: /^Int cannot represent non 32-bit signed integer value/, say: () => ({ message: '数字太大，超出了整数的范围' }) },
  { pattern: /^Int cannot represent/, say: () => ({ message: '应为整数' }) },
  { pattern: /^Float cannot represent/, say: () => ({ message: '应为数字' }) },
  { pattern: /^String cannot represent/, say: () => ({ message: '应为文字' }) },
  { pattern: /^Boolean cannot represent/, say: () => ({ message: '应为是或否' }) },
  { pattern: /^ID cannot represent/, say: () => ({ message: '应为记录编号' }) },
  { pattern: /^Value "[^"]*" does not exist in "(\w+)" enum\./, say: (m) => ({ message: acceptedValues(m[1]) }), plain: { message: '取值无效' } },
  { pattern: /^Enum "(\w+)" cannot represent/, say: (m) => ({ message: acceptedValues(m[1]) }), plain: { message: '取值无效' } },
  { pattern: /^Expected type "\w+" to be an object\./, say: () => ({ message: '应为一组字段' }) },
  { pattern: /^Expected value of type "[^"]+", found /, say: () => ({ message: '取值的类型不对' }) },
  { pattern: /^Variable "\$(\w+)" of required type "[^"]+" was not provided\./, say: (m) => ({ subfield: m[1], message: '请填写此项' }) },
  { pattern: /^Variable "\$(\w+)" of non-null type "[^"]+" must not be null\./, say: (m) => ({ subfield: m[1], message: '此项不能为空' }) },
  { pattern: /^Field "\w+" argument "(\w+)" of type "[^"]+" is required, but it was not provided\./, say: (m) => ({ subfield: m[1], message: '请填写此项' }), plain: { message: '缺少必填参数' } },
  { pattern: /^Cannot query field "(\w+)" on type "\w+"\./, say: (m) => ({ subfield: m[1], message: '接口中没有这个字段' }) },
  { pattern: /^Unknown argument "(\w+)"/, say: (m) => ({ subfield: m[1], message: '接口中没有这个参数' }) },
  { pattern: /^Syntax Error/, say: () => ({ message: '查询语句有语法错误' }) },
  { pattern: /introspection/i, say: () => ({ message: '此环境不开放接口结构查询' }) },
];

function translateReason(reason: string, schemaHints: boolean): Reason {
  for (const { pattern, say, plain } of REASONS) {
    const match = pattern.exec(reason);
    if (match) return !schemaHints && plain ? plain : say(match);
  }
  // Our own refusals before a resolver (the query limits) are Chinese already.
  return { message: chineseOr(reason, '请求不符合接口的定义，无法执行') };
}
