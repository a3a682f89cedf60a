// Every record-creating payload's `warnings` (docs/design.md §14): the record IS saved; a warning
// says it looks like one already kept, naming it, so that a person can void one of the two.
import type { FieldMiddleware } from '@nestjs/graphql';

/**
 * A payload's warnings as a function, called by the field's middleware below when a request
 * selects `warnings`: the look-alike query runs only then (a script recording thousands asks for
 * the id alone, and paid a ledger query per record for nothing).
 */
export type LazyWarnings = () => Promise<readonly string[]>;

export const NO_WARNINGS: LazyWarnings = () => Promise.resolve([]);

export const askedWarnings: FieldMiddleware = async (_context, next) => {
  const warnings: unknown = await next();
  return typeof warnings === 'function' ? (warnings as LazyWarnings)() : warnings;
};

export const WARNINGS_FIELD = {
  description: 'In Chinese: why this record may repeat one already kept (naming it). The record is saved either way; empty when nothing looks alike',
  middleware: [askedWarnings],
};
