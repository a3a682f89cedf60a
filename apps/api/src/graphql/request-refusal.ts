import { GraphQLError } from 'graphql';
import type { FieldProblem } from './error-formatting';

/** The codes with which we refuse a request as a whole, before it runs (README "Errors"). */
export type RequestRefusalCode = 'BAD_REQUEST' | 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'PERSISTED_QUERY_NOT_FOUND';

const STATUS: Readonly<Record<RequestRefusalCode, number>> = {
  BAD_REQUEST: 400,
  BAD_USER_INPUT: 400,
  // As the guard answers it: a client hears "sign in first" the same way whoever says it (and a browser logs no failed load).
  UNAUTHENTICATED: 200,
  // Apollo clients take a 4xx to a persisted query for "unsupported" and stop sending hashes; 200 keeps them retrying with the text.
  PERSISTED_QUERY_NOT_FOUND: 200,
};

/**
 * A request refused before it runs, for what the client sent: a 4xx answer with its code and a
 * Chinese message (error-formatting.ts keeps both), logged as one line, never as a server fault.
 */
export class RequestRefusal extends GraphQLError {
  constructor(
    readonly refusal: RequestRefusalCode,
    message: string,
    readonly fields: readonly FieldProblem[] = [],
    status = STATUS[refusal],
  ) {
    super(message, { extensions: { code: refusal, http: { status } } });
  }
}
