import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError } from '@tracker/domain';
import { InvalidEventStoreRequestError } from '@tracker/event-store';
import { ForbiddenError, IdempotencyKeyReusedError, TooManyAttemptsError, UnauthenticatedError } from '../errors/app-errors';

/**
 * Errors that answer a caller's mistake (bad input, no token, out of scope, a closed campaign)
 * are expected (so is text the store cannot keep, which only the store checks): hand them to Apollo's formatError (error-formatting.ts) without logging them as
 * server errors. Anything else still reaches Nest's handler and the server log.
 */
@Catch(DomainError, UnauthenticatedError, ForbiddenError, IdempotencyKeyReusedError, TooManyAttemptsError, InvalidEventStoreRequestError)
export class ExpectedErrorsFilter implements GqlExceptionFilter {
  catch(error: Error): Error {
    return error;
  }
}
