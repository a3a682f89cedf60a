// Idempotency checks compare a repeated command's would-be event with the stored one. Event data is
// plain JSON, so a key-order-independent structural comparison is exact enough.

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

/** Same JSON meaning: key order and `undefined`-valued keys do not matter. */
export const sameData = (a: unknown, b: unknown): boolean => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/** Drop keys whose value is undefined, so event data stays clean JSON. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function assertNever(value: never): never {
  // Reached only if the type system was bypassed (e.g. an unknown command type from outside).
  throw new Error(`unexpected value: ${JSON.stringify(value)}`);
}
