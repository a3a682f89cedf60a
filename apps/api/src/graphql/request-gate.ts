// Everything a GraphQL request is checked for before Apollo parses and validates it, and so
// before any guard can tell who sent it: its size and cost (query-limits.ts) and text that no
// store can keep. It runs in Apollo's context function, whose thrown GraphQLError Apollo answers
// as it stands (status and code), ahead of graphql-js's validation, some of whose rules take
// time in proportion to the square of a document's fields.
import type { ApolloServerPlugin } from '@apollo/server';
import type { Request, Response } from 'express';
import { GraphQLError, Kind, parse, visit, type DocumentNode, type GraphQLSchema } from 'graphql';
import { withholdSchemaHints, type FieldProblem } from './error-formatting';
import { ANONYMOUS_BUDGET, AUTHENTICATED_BUDGET, DocumentMeasurer, overBudgetMessage, type RequestBudget } from './query-limits';
import { RequestRefusal } from './request-refusal';

/** What every resolver, guard and plugin finds in the GraphQL context. */
export interface GraphQLContext {
  readonly req: Request;
  /** For what a resolver sets on the answer: signIn's and signOut's session cookie. */
  readonly res: Response;
  /** Whether errors may name what the schema holds (accepted values, required fields): in development, or for a signed-in caller. */
  readonly schemaHints: boolean;
}

/** Whether the request carries valid credentials; it decides the budget, never what the caller may do (the guard does). */
export type CredentialCheck = (req: Request) => Promise<boolean>;

/** A request's GraphQL parts as Apollo reads them: a POST's JSON body, or a GET's query string. */
export interface RequestParts {
  readonly query: unknown;
  readonly variables: unknown;
  /** It names an automatic persisted query (extensions.persistedQuery). */
  readonly persisted: boolean;
}

export function requestParts(req: Request): RequestParts {
  if (req.method === 'GET') {
    const { query, variables, extensions } = req.query;
    return { query, variables: jsonOrUndefined(variables), persisted: hasPersistedQuery(jsonOrUndefined(extensions)) };
  }
  const body: unknown = req.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { query: undefined, variables: undefined, persisted: false };
  const { query, variables, extensions } = body as Record<string, unknown>;
  return { query, variables, persisted: hasPersistedQuery(extensions) };
}

const hasPersistedQuery = (extensions: unknown): boolean => typeof extensions === 'object' && extensions !== null && 'persistedQuery' in extensions;

function jsonOrUndefined(value: unknown): unknown {
  if (typeof value !== 'string') return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return undefined; // Apollo refuses it itself, in its own words (error-formatting.ts translates them)
  }
}

/**
 * Over its budget: a client's mistake, or, without credentials, a request that only signing in
 * could pay for (nothing public is that large), so UNAUTHENTICATED, which sends people to sign in.
 */
function overBudget(reason: string, anonymous: boolean): RequestRefusal {
  return anonymous ? new RequestRefusal('UNAUTHENTICATED', `请先登录：未登录的请求限额很低，${reason}`) : new RequestRefusal('BAD_USER_INPUT', reason);
}

/** Throws a RequestRefusal for a request over its budget or carrying text no store can keep. */
export function preflight(schema: GraphQLSchema, parts: RequestParts, anonymous: boolean): void {
  const budget = anonymous ? ANONYMOUS_BUDGET : AUTHENTICATED_BUDGET;
  if (typeof parts.query !== 'string') {
    // A hash alone would run a text measured against a signed-in budget: make it send the text.
    if (parts.persisted && anonymous) throw new RequestRefusal('PERSISTED_QUERY_NOT_FOUND', '未登录的请求须连同完整的查询语句发送');
    return; // no text, or not a string: Apollo refuses it (or runs a persisted query) itself
  }
  const document = parseWithin(parts.query, budget, anonymous);
  if (document) {
    const measurer = new DocumentMeasurer(document, schema, budget);
    // Fragments too, spread or not: validation compares the fields of every selection set in pairs.
    for (const definition of document.definitions) {
      const measure =
        definition.kind === Kind.OPERATION_DEFINITION ? measurer.operation(definition) : definition.kind === Kind.FRAGMENT_DEFINITION ? measurer.fragment(definition.name.value) : undefined;
      const over = measure && overBudgetMessage(measure, budget);
      if (over) throw overBudget(over, anonymous);
    }
  }
  const unstorable = [...(document ? unstorableLiterals(document) : []), ...unstorableVariables(parts.variables)];
  if (unstorable.length > 0) throw new RequestRefusal('BAD_USER_INPUT', UNSTORABLE_MESSAGE, unstorable.filter((p) => p.field !== ''));
}

/** The document, or undefined for a syntax error, which Apollo reports itself with its position. */
function parseWithin(text: string, budget: RequestBudget, anonymous: boolean): DocumentNode | undefined {
  try {
    return parse(text, { maxTokens: budget.maxTokens, noLocation: true });
  } catch (error) {
    // graphql-js parses by recursion: brackets nested a few thousand deep exhaust the stack.
    if (error instanceof RangeError) throw new RequestRefusal('BAD_USER_INPUT', '查询语句嵌套过深，无法解析');
    if (error instanceof GraphQLError && /contains more th(?:an|at) \d+ tokens/.test(error.message)) {
      throw overBudget(`查询语句过长，超过了 ${budget.maxTokens} 个词法单元（名称、符号、数值）的上限`, anonymous);
    }
    return undefined;
  }
}

// PostgreSQL's jsonb keeps neither NUL nor half of a surrogate pair, and no person typed them.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export const isStorableText = (text: string): boolean => !text.includes('\u0000') && !LONE_SURROGATE.test(text);

const UNSTORABLE_MESSAGE = '文字中含有无法保存的字符（空字符或残缺的字符编码），请删除后再试';
const MAX_REPORTED = 10;

function unstorableLiterals(document: DocumentNode): FieldProblem[] {
  let found = false;
  visit(document, {
    StringValue(node) {
      if (!isStorableText(node.value)) found = true;
    },
  });
  return found ? [{ field: '', message: UNSTORABLE_MESSAGE }] : [];
}

/**
 * Each unstorable string in the variables, by its input path as the other field problems name it
 * (`title`, `serviceItems[1]`; a variable's own name when the variable is the text itself).
 * Walked with a stack of its own: a body may nest arrays far deeper than recursion could follow.
 */
export function unstorableVariables(variables: unknown): FieldProblem[] {
  if (typeof variables !== 'object' || variables === null) return [];
  const problems: FieldProblem[] = [];
  // A variable's own name is left out below it, as graphql-js's refusals are translated: `$input.title` is `title`.
  const pending: { readonly value: unknown; readonly path: string; readonly variable: boolean }[] = Object.entries(variables).map(([name, value]) => ({
    value,
    path: name,
    variable: true,
  }));
  for (let next = pending.pop(); next && problems.length < MAX_REPORTED; next = pending.pop()) {
    const { value, path, variable } = next;
    if (typeof value === 'string') {
      if (!isStorableText(value)) problems.push({ field: path, message: UNSTORABLE_MESSAGE });
    } else if (Array.isArray(value)) {
      value.forEach((item: unknown, index) => pending.push({ value: item, path: `${path}[${index}]`, variable: false }));
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        if (isStorableText(key)) pending.push({ value: item, path: variable ? key : `${path}.${key}`, variable: false });
        else problems.push({ field: path, message: UNSTORABLE_MESSAGE });
      }
    }
  }
  return problems;
}

export interface RequestGate {
  /** Apollo's context function: measures the request, then builds the context. */
  readonly context: (args: { req: Request; res: Response }) => Promise<GraphQLContext>;
  /** Takes the schema when the server starts, and keeps schema hints from the errors of callers who may not see them. */
  readonly plugin: ApolloServerPlugin<GraphQLContext>;
}

export function requestGate(options: { readonly development: boolean; readonly hasValidCredentials: CredentialCheck }): RequestGate {
  let schema: GraphQLSchema | undefined;
  return {
    context: async ({ req, res }) => {
      const signedIn = await options.hasValidCredentials(req);
      if (!schema) throw new Error('the GraphQL schema is not loaded yet');
      preflight(schema, requestParts(req), !signedIn);
      return { req, res, schemaHints: options.development || signedIn };
    },
    plugin: {
      serverWillStart: async (service) => {
        schema = service.schema;
        return {
          schemaDidLoadOrUpdate: ({ apiSchema }) => {
            schema = apiSchema;
          },
        };
      },
      requestDidStart: async () => ({
        didEncounterErrors: async ({ contextValue, errors }) => {
          if (!contextValue.schemaHints) errors.forEach(withholdSchemaHints);
        },
      }),
    },
  };
}
