// The one door to the api: POST JSON to /graphql from the page's own origin, with the session
// cookie (`credentials: 'same-origin'`). Every failure becomes a GraphQLRequestError that carries
// the server's `extensions.code` and `extensions.fields`, so a form can put a refusal on its field.
import type { TypedDocumentString } from '../gql/graphql';

/** The server's codes (docs/design.md §8, §13), plus the two the client itself can meet. */
export const SERVER_ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RECORDED_NOT_YET_COUNTED',
  'TOO_MANY_ATTEMPTS',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ServerErrorCode = (typeof SERVER_ERROR_CODES)[number];
export type ErrorCode = ServerErrorCode | 'NETWORK_ERROR' | 'BAD_RESPONSE';

/** One field the server refused, as it names it (`startDate`, `charitySales.amount`, `partners.0.name`). */
export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

export class GraphQLRequestError extends Error {
  override readonly name = 'GraphQLRequestError';

  constructor(
    readonly code: ErrorCode,
    /** What the server said, when it said something meant for the person (it speaks Chinese). */
    readonly serverMessage: string | undefined,
    readonly fields: readonly FieldProblem[] = [],
  ) {
    super(serverMessage ?? code);
  }
}

interface WireError {
  readonly message?: unknown;
  readonly extensions?: { readonly code?: unknown; readonly fields?: unknown };
}

interface WireResponse<T> {
  readonly data?: T | null;
  readonly errors?: readonly WireError[];
}

export interface ExecuteOptions {
  readonly signal?: AbortSignal;
}

/** Runs one typed document and returns its data, or throws a GraphQLRequestError. */
export async function execute<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: ExecuteOptions = {},
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: document.toString(), variables }),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new GraphQLRequestError('NETWORK_ERROR', undefined);
  }
  let body: WireResponse<TResult>;
  try {
    body = (await response.json()) as WireResponse<TResult>;
  } catch {
    throw new GraphQLRequestError('BAD_RESPONSE', undefined);
  }
  return dataOrThrow(body);
}

/** The data of a GraphQL response, or the error its first error describes (with every error's fields). */
export function dataOrThrow<T>(body: WireResponse<T>): T {
  const errors = Array.isArray(body.errors) ? body.errors : [];
  const first = errors[0];
  if (first) {
    const code = knownCode(first.extensions?.code);
    const message = typeof first.message === 'string' ? first.message : undefined;
    throw new GraphQLRequestError(code, speaksToPerson(code) ? message : undefined, errors.flatMap((e) => fieldProblems(e.extensions?.fields)));
  }
  if (body.data === undefined || body.data === null) throw new GraphQLRequestError('BAD_RESPONSE', undefined);
  return body.data;
}

function knownCode(code: unknown): ServerErrorCode {
  return SERVER_ERROR_CODES.find((known) => known === code) ?? 'INTERNAL_SERVER_ERROR';
}

/** The server's message explains these refusals; for the others the client's own words are better. */
function speaksToPerson(code: ServerErrorCode): boolean {
  switch (code) {
    case 'BAD_USER_INPUT':
    case 'NOT_FOUND':
    case 'CONFLICT':
    case 'TOO_MANY_ATTEMPTS':
      return true;
    case 'UNAUTHENTICATED':
    case 'FORBIDDEN':
    case 'RECORDED_NOT_YET_COUNTED':
    case 'INTERNAL_SERVER_ERROR':
      return false;
    default: {
      const unknownCode: never = code;
      return unknownCode;
    }
  }
}

function fieldProblems(fields: unknown): FieldProblem[] {
  if (!Array.isArray(fields)) return [];
  return fields.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { field, message } = entry as { field?: unknown; message?: unknown };
    return typeof field === 'string' && typeof message === 'string' ? [{ field, message }] : [];
  });
}
