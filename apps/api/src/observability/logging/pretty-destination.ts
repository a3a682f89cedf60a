// LOG_FORMAT=pretty: pino's JSON lines turned into lines a person reads at a terminal, without a
// dependency (pino-pretty is not installed): local ISO-8601 time with its offset, level, context,
// message, then the other fields as key=value and an error's stack below.
import type { DestinationStream } from 'pino';

// Fields every line carries that a person at a terminal does not need to see.
const OMITTED = new Set(['time', 'level', 'context', 'msg', 'err', 'pid', 'hostname']);
// An access line's message already says "METHOD path status".
const OMITTED_FROM_ACCESS = new Set([...OMITTED, 'kind', 'method', 'path', 'status']);

const pad = (n: number, width = 2): string => String(Math.trunc(n)).padStart(width, '0');

/** An instant as ISO-8601 in this machine's time zone, with its offset: 2024-03-05T16:00:00.000+08:00. */
export function localIsoTime(date: Date): string {
  const offsetMinutes = -date.getTimezoneOffset();
  const shifted = new Date(date.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 23);
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  return `${shifted}${sign}${pad(abs / 60)}:${pad(abs % 60)}`;
}

function valueText(value: unknown): string {
  if (typeof value === 'string') return /^[^\s"=]+$/.test(value) ? value : JSON.stringify(value);
  return JSON.stringify(value) ?? String(value);
}

function errorText(err: unknown): string {
  if (typeof err !== 'object' || err === null) return '';
  const stack = 'stack' in err && typeof err.stack === 'string' ? err.stack : undefined;
  const message = 'message' in err && typeof err.message === 'string' ? err.message : undefined;
  const text = stack ?? message;
  return text ? `\n  ${text.split('\n').join('\n  ')}` : '';
}

/** One pino JSON line as a human-readable line (ending in a newline). Anything that is not JSON passes through. */
export function prettyLine(jsonLine: string): string {
  let record: unknown;
  try {
    record = JSON.parse(jsonLine);
  } catch {
    return jsonLine.endsWith('\n') ? jsonLine : `${jsonLine}\n`;
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return `${jsonLine.trimEnd()}\n`;
  const fields = new Map(Object.entries(record));
  const time = fields.get('time');
  const date = typeof time === 'string' || typeof time === 'number' ? new Date(time) : new Date();
  const level = String(fields.get('level') ?? 'info').toUpperCase().padEnd(5);
  const context = fields.get('context');
  const message = fields.get('msg');
  const omitted = fields.get('kind') === 'access' ? OMITTED_FROM_ACCESS : OMITTED;
  const extras = [...fields].filter(([key]) => !omitted.has(key)).map(([key, value]) => `${key}=${valueText(value)}`);
  const parts = [
    Number.isNaN(date.getTime()) ? String(time) : localIsoTime(date),
    level,
    ...(typeof context === 'string' && context !== '' ? [`[${context}]`] : []),
    ...(message === undefined ? [] : [String(message)]),
    ...extras,
  ];
  return `${parts.join(' ')}${errorText(fields.get('err'))}\n`;
}

/** A pino destination that writes pretty lines to `out` (stdout or stderr). */
export function prettyDestination(out: NodeJS.WritableStream): DestinationStream {
  return { write: (line: string) => void out.write(prettyLine(line)) };
}
