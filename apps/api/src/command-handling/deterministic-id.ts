import { createHash } from 'node:crypto';

// A fixed namespace for the tracker's name-based (v5) UUIDs.
const TRACKER_NAMESPACE = Buffer.from('8f0d6a52b1c44c3e9d1e6f3b7a2c9e41', 'hex');

/**
 * A name-based UUID (RFC 9562 v5). Retries of one idempotent request must produce the same
 * record id and the same event ids, so that a repeat is recognised even after a crash between
 * the write and the reply.
 */
export function deterministicUuid(...parts: readonly string[]): string {
  const hash = createHash('sha1').update(TRACKER_NAMESPACE).update(parts.join('\u0000')).digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A stable fingerprint of a request payload: key order does not matter, values do. */
export function payloadFingerprint(payload: unknown): string {
  return createHash('sha256').update(canonicalJson(payload)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
