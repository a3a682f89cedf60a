// Test support: an append on a connection the test has put inside a transaction (BEGIN … COMMIT),
// for the contract's out-of-order-commit scenarios. Production appends never span a caller's
// transaction, so this is not part of the adapter.
import type { ClientBase } from 'pg';
import type { AppendResult, ExpectedVersion, NewEvent } from '../../event-store.port';
import { DuplicateEventError } from '../../event-store.port';
import { checkOnly, clash, isUniqueViolation, prepareAppend, runAppend, translateError } from '../append-steps';
import type { PostgresEventStore } from '../postgres-event-store';

/**
 * The events become visible when the caller commits, and subscribers find them by polling (no
 * notification: only the caller knows when it commits). A clash with a concurrent writer aborts
 * the caller's transaction, so it is reported (ConcurrencyError, or DuplicateEventError for a
 * concurrently stored id) rather than retried: retry the whole transaction. The clash is read
 * through the store's pool, since the aborted transaction can run nothing more.
 */
export async function appendToStreamInTransaction(
  store: PostgresEventStore,
  client: ClientBase,
  streamId: string,
  events: readonly NewEvent[],
  options: { readonly expectedVersion: ExpectedVersion },
): Promise<AppendResult> {
  const request = prepareAppend(streamId, events, options.expectedVersion);
  if (request.batch.length === 0) return checkOnly(client, streamId, options.expectedVersion);
  try {
    return await runAppend(client, streamId, request);
  } catch (error) {
    if (isUniqueViolation(error) && error.constraint === 'events_event_id_key') {
      throw new DuplicateEventError(
        streamId,
        request.batch.map((event) => event.eventId),
        'a concurrent transaction stored one of these event ids first',
      );
    }
    if (isUniqueViolation(error)) throw await clash(store.pool, streamId, options.expectedVersion);
    throw translateError(error);
  }
}
