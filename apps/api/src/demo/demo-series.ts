// Tiny pure helpers that generate the demo's repetitive series (every Tuesday, weekly sessions,
// exam sittings) from calendar dates, so the dataset stays data and not hand-typed lists.

const DAY_MS = 86_400_000;

const toUtcMs = (date: string): number => {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y ?? NaN, (m ?? NaN) - 1, d ?? NaN);
};

const fromUtcMs = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Every date from `from` to `to` (inclusive, YYYY-MM-DD) that falls on `weekday` (0 = Sunday … 6 = Saturday). */
export function weekdaysBetween(from: string, to: string, weekday: number, except: readonly string[] = []): string[] {
  const dates: string[] = [];
  const start = toUtcMs(from);
  const offsetDays = (((weekday - new Date(start).getUTCDay()) % 7) + 7) % 7;
  const first = start + offsetDays * DAY_MS;
  for (let ms = first; ms <= toUtcMs(to); ms += 7 * DAY_MS) {
    const date = fromUtcMs(ms);
    if (!except.includes(date)) dates.push(date);
  }
  return dates;
}

/** `total` split into `parts` whole numbers that differ by at most one, the larger ones first. */
export function spread(total: number, parts: number): number[] {
  const base = Math.floor(total / parts);
  const extra = total - base * parts;
  return Array.from({ length: parts }, (_, i) => base + (i < extra ? 1 : 0));
}

/** The i-th element of a non-empty list, round and round. */
export function cycle<T>(list: readonly T[], i: number): T {
  const item = list[i % list.length];
  if (item === undefined) throw new Error('cycle needs a non-empty list');
  return item;
}

/** A two-digit (or wider) sequence number for idempotency keys: 1 → "01". */
export const seq = (i: number): string => String(i).padStart(2, '0');
