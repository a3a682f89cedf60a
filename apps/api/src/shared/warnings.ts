// Every record-creating payload's `warnings` (docs/design.md §14): the record IS saved; a warning
// says it looks like one already kept, naming it, so that a person can void one of the two.

export const WARNINGS_FIELD = {
  description: 'In Chinese: why this record may repeat one already kept (naming it). The record is saved either way; empty when nothing looks alike',
} as const;
