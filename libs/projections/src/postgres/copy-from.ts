// COPY … FROM STDIN over node-pg, for a rebuild's fresh rows (issue 18 decision 3). node-pg
// answers a COPY with "no source stream" unless the query it runs sends the data itself, which is
// what pg-copy-streams does; we need one buffer per statement, so a Query that sends it is enough.
import type { Connection, PoolClient } from 'pg';
import { Query } from 'pg';

/** What the copy needs of the connection beyond @types/pg's declarations (node-pg's lib/connection.js). */
interface CopyingConnection extends Connection {
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
}

/** A query that answers the server's CopyInResponse with `data` (COPY text format) and its end. */
class CopyFromText extends Query {
  constructor(
    sql: string,
    private readonly data: string,
    callback: (error: Error | undefined) => void,
  ) {
    super(sql, undefined, callback);
  }

  // node-pg's hook: called when the server is ready for the rows.
  handleCopyInResponse(connection: CopyingConnection): void {
    connection.sendCopyFromChunk(Buffer.from(this.data, 'utf8'));
    connection.endCopyFrom();
  }
}

/** Runs `sql` (a `COPY … FROM STDIN`) on `client` with `data` as its input. */
export function copyFrom(client: PoolClient, sql: string, data: string): Promise<void> {
  return new Promise((resolve, reject) => {
    client.query(new CopyFromText(sql, data, (error) => (error ? reject(error) : resolve())));
  });
}

/** A value as COPY's text format reads it: NULL as \N; backslash, tab and line breaks escaped. */
export function copyValue(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`cannot copy the number ${value}`);
    return String(value);
  }
  if (typeof value === 'string') return escapeCopy(value);
  if (Array.isArray(value)) return escapeCopy(arrayLiteral(value));
  throw new TypeError(`cannot copy a value of type ${typeof value}`);
}

/** One COPY text line per record, in `columns`' order. */
export function copyLines(columns: readonly string[], records: readonly Record<string, unknown>[]): string {
  let text = '';
  for (const record of records) text += `${columns.map((column) => copyValue(record[column])).join('\t')}\n`;
  return text;
}

const COPY_ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const escapeCopy = (text: string): string => text.replace(/[\\\t\n\r]/g, (c) => COPY_ESCAPES[c] ?? c);

/** A text[] literal: every element quoted, so that commas, braces and spaces need no other care. */
function arrayLiteral(values: readonly unknown[]): string {
  const element = (value: unknown): string => {
    if (value === null || value === undefined) return 'NULL';
    if (typeof value !== 'string') throw new TypeError(`cannot copy an array element of type ${typeof value}`);
    return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
  };
  return `{${values.map(element).join(',')}}`;
}
