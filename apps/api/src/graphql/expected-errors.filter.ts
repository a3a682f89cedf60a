import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError } from '@tracker/domain';
import { ForbiddenError, IdempotencyKeyReusedError, UnauthenticatedError } from '../errors/app-errors';

/**
 * Errors that answer a caller's mistake (bad input, no token, out of scope, a closed campaign)
 * are expected: hand them to Apollo's formatError (error-formatting.ts) without logging them as
 * server errors. Anything else still reaches Nest's handler and the server log.
 */
@Catch(DomainError, UnauthenticatedError, ForbiddenError, IdempotencyKeyReusedError)
export class ExpectedErrorsFilter implements GqlExceptionFilter {
  catch(error: Error): Error {
    return error;
  }
}
