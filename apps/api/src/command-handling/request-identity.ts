import { randomUUID } from 'node:crypto';
import type { Caller } from '../auth/current-principal.decorator';
import type { CommandContext } from './command-runner';
import { deterministicUuid, payloadFingerprint } from './deterministic-id';

/**
 * The command context of one request. With an idempotencyKey (scoped to the caller), the same
 * key and payload is recognised as a repeat; the same key with another payload is a CONFLICT.
 */
export function commandContext(caller: Caller, idempotencyKey: string | undefined, payload: object): CommandContext {
  return {
    subject: caller.principal.subject,
    subjectName: caller.principal.name,
    correlationId: caller.correlationId,
    ...(idempotencyKey ? { idempotency: { key: idempotencyKey, fingerprint: payloadFingerprint(payload) } } : {}),
  };
}

/**
 * The id of a record a request creates. With an idempotency key it is derived from the caller,
 * the key and the kind of record, so a retried request lands on the same stream.
 */
export function newRecordId(caller: Caller, idempotencyKey: string | undefined, recordKind: string): string {
  return idempotencyKey ? deterministicUuid('record', recordKind, caller.principal.subject, idempotencyKey) : randomUUID();
}
