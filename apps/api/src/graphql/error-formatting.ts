import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { KurrentDbUnavailableError } from '@tracker/event-store';
import { GRAPHQL_ENUM_VALUES } from './enums';

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
  // A write that landed but is not yet in the totals: its own code, so clients never retry it.
  RECORDED_NOT_YET_COUNTED: { code: 'RECORDED_NOT_YET_COUNTED' },
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

  const code = formatted.extensions?.['code'];
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
    const problem = translateRequestError(formatted.message, innerMessageOf(error));
    return { ...base, message: problem.message, extensions: { code: 'BAD_USER_INPUT', fields: problem.field === undefined ? [] : [problem] } };
  }
  const mapped = typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR' ? CODE_MAP[code] : undefined;
  if (mapped) return { ...base, message: chineseOr(formatted.message, INTERNAL_MESSAGE), extensions: { code: mapped.code } };

  // Anything else is our fault: log it in full on the server, tell the client only that it failed.
  console.error('[graphql] internal error', original);
  return {
    message: original instanceof KurrentDbUnavailableError ? STORE_UNAVAILABLE_MESSAGE : INTERNAL_MESSAGE,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
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
export function translateRequestError(message: string, innerMessage?: string): Problem {
  const variable = /^Variable "\$(\w+)" got invalid value /.exec(message);
  if (variable) {
    const reason = innerMessage !== undefined && message.endsWith(`; ${innerMessage}`) ? innerMessage : reasonAfterValue(message);
    const prefix = message.slice(0, message.length - reason.length - 2);
    const path = /at "([^"]+)"$/.exec(prefix)?.[1] ?? variable[1] ?? '';
    return withinPath(stripVariable(path, variable[1] ?? ''), translateReason(reason));
  }
  return withinPath('', translateReason(message));
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

// The refusals graphql-js can give an input or a document, first match wins.
const REASONS: readonly { readonly pattern: RegExp; readonly say: (match: RegExpExecArray) => Reason }[] = [
  // A custom scalar's own message (Date, Decimal, DateTime) is Chinese already: keep it.
  { pattern: /^Expected value of type "[^"]+", found [\s\S]*?; ([\s\S]*[\u4e00-\u9fff][\s\S]*)$/, say: (m) => ({ message: m[1] ?? '' }) },
  { pattern: /^Field "(?:\w+\.)?(\w+)" of required type "[^"]+" was not provided\./, say: (m) => ({ subfield: m[1], message: '请填写此项' }) },
  { pattern: /^Expected non-nullable type "[^"]+" not to be null\./, say: () => ({ message: '此项不能为空' }) },
  { pattern: /^Field "(\w+)" is not defined by type "\w+"\./, say: (m) => ({ subfield: m[1], message: '没有这一项，请删去' }) },
  { pattern: /^Int cannot represent non 32-bit signed integer value/, say: () => ({ message: '数字太大，超出了整数的范围' }) },
  { pattern: /^Int cannot represent/, say: () => ({ message: '应为整数' }) },
  { pattern: /^Float cannot represent/, say: () => ({ message: '应为数字' }) },
  { pattern: /^String cannot represent/, say: () => ({ message: '应为文字' }) },
  { pattern: /^Boolean cannot represent/, say: () => ({ message: '应为是或否' }) },
  { pattern: /^ID cannot represent/, say: () => ({ message: '应为记录编号' }) },
  { pattern: /^Value "[^"]*" does not exist in "(\w+)" enum\./, say: (m) => ({ message: acceptedValues(m[1]) }) },
  { pattern: /^Enum "(\w+)" cannot represent/, say: (m) => ({ message: acceptedValues(m[1]) }) },
  { pattern: /^Expected type "\w+" to be an object\./, say: () => ({ message: '应为一组字段' }) },
  { pattern: /^Expected value of type "[^"]+", found /, say: () => ({ message: '取值的类型不对' }) },
  { pattern: /^Variable "\$(\w+)" of required type "[^"]+" was not provided\./, say: (m) => ({ subfield: m[1], message: '请填写此项' }) },
  { pattern: /^Variable "\$(\w+)" of non-null type "[^"]+" must not be null\./, say: (m) => ({ subfield: m[1], message: '此项不能为空' }) },
  { pattern: /^Field "\w+" argument "(\w+)" of type "[^"]+" is required, but it was not provided\./, say: (m) => ({ subfield: m[1], message: '请填写此项' }) },
  { pattern: /^Cannot query field "(\w+)" on type "\w+"\./, say: (m) => ({ subfield: m[1], message: '接口中没有这个字段' }) },
  { pattern: /^Unknown argument "(\w+)"/, say: (m) => ({ subfield: m[1], message: '接口中没有这个参数' }) },
  { pattern: /^Syntax Error/, say: () => ({ message: '查询语句有语法错误' }) },
  { pattern: /introspection/i, say: () => ({ message: '此环境不开放接口结构查询' }) },
];

function translateReason(reason: string): Reason {
  for (const { pattern, say } of REASONS) {
    const match = pattern.exec(reason);
    if (match) return say(match);
  }
  // Our own refusals before a resolver (the query limits) are Chinese already.
  return { message: chineseOr(reason, '请求不符合接口的定义，无法执行') };
}
