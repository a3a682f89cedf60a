import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';

/** A field-level problem, in words a branch secretary understands. */
export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

// Stable codes of the domain's and the application's typed errors → GraphQL codes (DESIGN §8).
const CODE_MAP: Readonly<Record<string, string>> = {
  VALIDATION: 'BAD_USER_INPUT',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  ILLEGAL_STATE: 'CONFLICT',
  CONFLICT: 'CONFLICT',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  // A write that landed but is not yet in the totals: its own code, so clients never retry it.
  RECORDED_NOT_YET_COUNTED: 'RECORDED_NOT_YET_COUNTED',
};

// Errors graphql-js raises before any resolver runs; all of them are the caller's input.
const REQUEST_ERROR_CODES = new Set(['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'GRAPHQL_PARSE_FAILED']);

/** The domain's typed errors and the app's own (errors/app-errors.ts) share this shape. */
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
 * Apollo's formatError: every error leaves with a stable `extensions.code`, and nothing internal
 * (stack traces, SQL, driver messages) ever reaches a client.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (isCodedError(original)) {
    return {
      ...base,
      message: original.message,
      extensions: {
        code: CODE_MAP[original.code],
        ...(original.issues ? { fields: original.issues } : {}),
        ...('position' in original && typeof original.position === 'string' ? { recorded: true, position: original.position } : {}),
      },
    };
  }

  const code = formatted.extensions?.['code'];
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
    return { ...base, extensions: { code: 'BAD_USER_INPUT', fields: fieldsFromGraphQLMessage(formatted.message) } };
  }
  if (typeof code === 'string' && code in CODE_MAP && code !== 'INTERNAL_SERVER_ERROR') {
    return { ...base, extensions: { code: CODE_MAP[code] } };
  }

  // Anything else is our fault: log it in full on the server, tell the client only that it failed.
  console.error('[graphql] internal error', original);
  return {
    message: 'Something went wrong on the server. Nothing you sent was at fault; please try again or tell the administrator.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/** graphql-js names the offending variable or field in its message; keep that as a field-level hint. */
function fieldsFromGraphQLMessage(message: string): FieldProblem[] {
  // e.g. 'Variable "$input" got invalid value "2023-02-30" at "input.startDate"; Date …': the
  // path after "at" is the most precise; otherwise the field, argument or variable named.
  const match =
    /at "([\w.[\]]+)"/.exec(message) ?? /[Ff]ield "([\w.]+)"/.exec(message) ?? /[Aa]rgument "([\w.]+)"/.exec(message) ?? /Variable "\$([\w.]+)"/.exec(message);
  const field = match?.[1];
  return field ? [{ field: field.replace(/^input\./, ''), message }] : [];
}
