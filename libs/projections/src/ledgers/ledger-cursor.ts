// A ledger cursor: where a row stands in the ledger's order (its date, then the log position of the
// event that created it). Opaque to clients, so the order may gain a key without breaking them.
import { isCalendarDate, ValidationError } from '@tracker/domain';

export interface LedgerPosition {
  readonly date: string;
  readonly position: number;
}

export const encodeCursor = ({ date, position }: LedgerPosition): string => Buffer.from(JSON.stringify([date, position]), 'utf8').toString('base64url');

/** The position a cursor names; a cursor this code did not make is the caller's mistake. */
export function decodeCursor(cursor: string, field = 'after'): LedgerPosition {
  const refuse = () => ValidationError.of(field, '分页游标无效：请使用上一页返回的游标，或从第一页重新查询');
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refuse();
  }
  if (!Array.isArray(decoded) || decoded.length !== 2) throw refuse();
  const [date, position] = decoded as unknown[];
  if (typeof date !== 'string' || !isCalendarDate(date) || typeof position !== 'number' || !Number.isSafeInteger(position) || position < 0) throw refuse();
  return { date, position };
}
