// The read statements of the Postgres adapter, each a named statement (prepared once per connection).

const EVENT_COLUMNS = 'global_position, transaction_id, stream_id, stream_version, event_id, type, data, metadata, recorded_at';

export const READ_STREAM_STATEMENT = {
  name: 'event_store_read_stream',
  text: `
SELECT ${EVENT_COLUMNS} FROM events
WHERE stream_id = $1 AND stream_version >= $2
ORDER BY stream_version`,
} as const;

/*
 * Whole streams, for many streams at once. Probes the (stream_id, stream_version) index once per
 * id; log order is restored by the caller (sorting here would spill the jsonb rows to disk).
 */
export const READ_STREAMS_STATEMENT = {
  name: 'event_store_read_streams',
  text: `
SELECT ${EVENT_COLUMNS} FROM events
WHERE stream_id = ANY($1::text[])`,
} as const;

/*
 * The safe $all read: tuple cursor, and only rows of transactions older than every transaction
 * still running, so no row can later appear behind the cursor (docs/design.md §4).
 */
export const READ_ALL_STATEMENT = {
  name: 'event_store_read_all',
  text: `
SELECT ${EVENT_COLUMNS} FROM events
WHERE (transaction_id, global_position) > ($1::xid8, $2::bigint)
  AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
ORDER BY transaction_id, global_position
LIMIT $3`,
} as const;

/** The newest position readers can see: the same horizon as READ_ALL_STATEMENT. */
export const HEAD_POSITION_STATEMENT = {
  name: 'event_store_head_position',
  text: `
SELECT coalesce(max(global_position), 0) AS head FROM events
WHERE transaction_id < pg_snapshot_xmin(pg_current_snapshot())`,
} as const;
