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
