// Stored events applied to in-memory rows with the projector's own handlers: the `asOf` fold, and
// a record's rows from its stream alone (the API's answer to a mutation reads its stamps so).
import type { RecordedEvent } from '@tracker/event-store';
import { applyEvent } from './apply-event';
import { domainEventOf, eventMetaOf } from './recorded-event';
import type { ReadModelRows } from './rows';
import { emptyRows } from './rows';

/** Applies one stored event (a type the domain does not know is left out, as the projector does). */
export function applyRecordedEvent(rows: ReadModelRows, event: RecordedEvent): void {
  const domain = domainEventOf(event);
  if (domain) applyEvent(rows, domain, eventMetaOf(event));
}

/** The rows of a stream's records, from that stream's events (in order) alone. */
export function rowsOfStream(events: readonly RecordedEvent[]): ReadModelRows {
  const rows = emptyRows();
  for (const event of events) applyRecordedEvent(rows, event);
  return rows;
}
