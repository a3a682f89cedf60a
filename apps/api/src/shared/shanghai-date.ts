// Calendar dates are Asia/Shanghai dates (docs/design.md §1): the day an instant falls on there.
const SHANGHAI_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** `YYYY-MM-DD` of `instant` in Asia/Shanghai: 2023-12-31T16:30Z is 2024-01-01. */
export function shanghaiDateOf(instant: Date): string {
  const parts = Object.fromEntries(SHANGHAI_DAY.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts['year']}-${parts['month']}-${parts['day']}`;
}
