// What must never reach a log line (docs/design.md §19): credentials, session cookies, passwords (sign-in
// is coming), relief reasons and GraphQL variables. Nothing logs these on purpose; this is the
// net under any object a future log call passes by mistake.

// `parameters`: TypeORM's QueryFailedError carries the statement's values, which may be any input.
const SECRET_KEYS = ['password', 'newPassword', 'currentPassword', 'authorization', 'cookie', 'set-cookie', 'token', 'reason', 'variables', 'parameters'] as const;

// fast-redact (pino's redaction) has no "any depth" wildcard: each depth is a path of its own.
const MAX_DEPTH = 4;

function pathTo(key: string, depth: number): string {
  const prefix = '*.'.repeat(depth);
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return `${prefix}${key}`;
  // A key that is not an identifier is written in brackets, attached to the wildcard before it.
  return depth === 0 ? `["${key}"]` : `${prefix.slice(0, -1)}["${key}"]`;
}

/** pino `redact.paths`: every secret key, at the top level and nested up to MAX_DEPTH levels. */
export const REDACTED_PATHS: readonly string[] = SECRET_KEYS.flatMap((key) => Array.from({ length: MAX_DEPTH + 1 }, (_, depth) => pathTo(key, depth)));

export const REDACTED = '[已隐去]';
