// The statements of the Postgres import (a restore from backup into an empty log, docs/design.md §19).
// It runs once, in one transaction, so it takes the fast path: large INSERT … SELECT batches with
// the times and versions given, and one check of every stream at the end instead of one per event.

/** Keeps appends out while the log is restored; readers go on reading (and see nothing until the commit). */
export const IMPORT_LOCK_SQL = 'LOCK TABLE events IN EXCLUSIVE MODE';

export const IMPORT_ANY_EVENT_SQL = 'SELECT 1 FROM events LIMIT 1';

/*
 * $1 stream ids, $2 stream versions, $3 event ids, $4 types, $5 recorded_at: parallel arrays;
 * $6 and $7 one jsonb array each (data, metadata), as in FIRST_APPEND_SQL. Positions come from
 * the sequence in the order given; the transaction id is the import's own.
 */
export const IMPORT_BATCH_STATEMENT = {
  name: 'event_store_import_batch',
  text: `
WITH inserted AS (
  INSERT INTO events (stream_id, stream_version, event_id, type, data, metadata, recorded_at)
  SELECT i.stream_id, i.stream_version, i.event_id, i.type, $6::jsonb -> (i.ord::int - 1), $7::jsonb -> (i.ord::int - 1), i.recorded_at
  FROM unnest($1::text[], $2::int[], $3::uuid[], $4::text[], $5::timestamptz[]) WITH ORDINALITY AS i(stream_id, stream_version, event_id, type, recorded_at, ord)
  ORDER BY i.ord
  RETURNING global_position, transaction_id
)
SELECT max(global_position) AS last_position, (SELECT transaction_id FROM inserted LIMIT 1) AS transaction_id FROM inserted`,
} as const;

/*
 * After the last batch: a stream whose versions do not run 1, 2, 3 … in log order. The unique
 * index already refused a version given twice; this finds a gap, a stream that does not start at
 * 1, and versions out of log order. Every imported row shares one transaction id, so log order
 * is global_position order.
 */
export const IMPORT_CHECK_SQL = `
SELECT event_id, stream_id, stream_version, coalesce(previous_version, 0) AS previous_version FROM (
  SELECT event_id, stream_id, stream_version, global_position,
         lag(stream_version) OVER stream AS previous_version,
         lag(global_position) OVER stream AS previous_position
  FROM events
  WINDOW stream AS (PARTITION BY stream_id ORDER BY stream_version)
) s
WHERE stream_version <> coalesce(previous_version, 0) + 1 OR global_position < previous_position
LIMIT 1`;
