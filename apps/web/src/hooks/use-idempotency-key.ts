import { useState } from 'react';

/**
 * A key made when a form opens and sent with every submission of it, so a double click or a retry
 * after a lost answer records once (docs/design.md §6). Mount the form afresh for the next record.
 */
export function useIdempotencyKey(): string {
  const [key] = useState(() => crypto.randomUUID());
  return key;
}
