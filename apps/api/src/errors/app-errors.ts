// Errors raised by the application layer (auth, idempotency), beside the domain's own typed
// errors. Both are mapped to GraphQL `extensions.code` in one place: graphql/error-formatting.ts.

export class UnauthenticatedError extends Error {
  override readonly name = 'UnauthenticatedError';
  readonly code = 'UNAUTHENTICATED';
}

export class ForbiddenError extends Error {
  override readonly name = 'ForbiddenError';
  readonly code = 'FORBIDDEN';
}

export class IdempotencyKeyReusedError extends Error {
  override readonly name = 'IdempotencyKeyReusedError';
  readonly code = 'CONFLICT';
  constructor(readonly idempotencyKey: string) {
    super(`The idempotency key "${idempotencyKey}" was already used for a different request. Use a new key for new data.`);
  }
}

/**
 * The write succeeded but the totals did not include it within the bounded wait (the projector is
 * slow or FAILED). The record is safe in the event log; the caller must not send it again.
 */
export class RecordedButNotYetCountedError extends Error {
  override readonly name = 'RecordedButNotYetCountedError';
  readonly code = 'RECORDED_NOT_YET_COUNTED';
  constructor(
    readonly position: string,
    waitedMs: number,
  ) {
    super(
      `Your record WAS saved (position ${position}), but the yearly totals did not include it within ${waitedMs / 1000} s. ` +
        'Do not send it again: it will be counted as soon as the projections catch up (see projectionStatus).',
    );
  }
}
