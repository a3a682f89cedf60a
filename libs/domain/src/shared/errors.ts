// Typed domain errors with stable codes. The app's exception filter maps each code to a GraphQL
// code (VALIDATION → BAD_USER_INPUT, ILLEGAL_STATE → CONFLICT, NOT_FOUND → NOT_FOUND,
// CONFLICT → CONFLICT), so the codes must never change.

export type DomainErrorCode = 'VALIDATION' | 'ILLEGAL_STATE' | 'NOT_FOUND' | 'CONFLICT';

export abstract class DomainError extends Error {
  abstract readonly code: DomainErrorCode;
}

/** One problem with one input field, in Chinese, worded for a branch secretary; `field` is the GraphQL input's field path. */
export interface FieldIssue {
  readonly field: string;
  readonly message: string;
}

/** The command's input is wrong; every problem found is listed, not just the first. */
export class ValidationError extends DomainError {
  readonly code = 'VALIDATION' as const;
  readonly issues: readonly FieldIssue[];

  constructor(issues: readonly FieldIssue[]) {
    // Each message already names its field in Chinese; the field names stay in `issues` for clients.
    super(issues.map((i) => i.message).join('；') || '输入有误');
    this.name = 'ValidationError';
    this.issues = issues;
  }

  static of(field: string, message: string): ValidationError {
    return new ValidationError([{ field, message }]);
  }
}

/** The record is in a state that forbids the command (a closed campaign, a voided record, …). */
export class IllegalStateError extends DomainError {
  readonly code = 'ILLEGAL_STATE' as const;

  constructor(message: string) {
    super(message);
    this.name = 'IllegalStateError';
  }
}

/** The record (or a referenced one) does not exist. */
export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND' as const;

  constructor(message: string) {
    super(message);
    this.name = 'NotFoundError';
  }
}

/** The command clashes with what is already recorded (same id with other data, a duplicate name, …). */
export class ConflictError extends DomainError {
  readonly code = 'CONFLICT' as const;

  constructor(message: string) {
    super(message);
    this.name = 'ConflictError';
  }
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;
