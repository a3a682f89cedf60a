// The append statements of the Postgres adapter. Each is shaped by a measurement; the comments
// say which, so that a change here is made knowingly. They run as named statements (prepared
// once per connection): the names are part of what was measured.

/** The stream's head, for an empty append's check and a clash's report. */
export const STREAM_HEAD_SQL = `
SELECT stream_version, global_position, transaction_id FROM events
WHERE stream_id = $1 ORDER BY stream_version DESC LIMIT 1`;

/*
 * $1 stream id, $2 expectation kind ('any' | 'no_stream' | 'stream_exists' | 'exact'),
 * $3 exact version, $4..$7 parallel arrays: event ids, types, data, metadata.
 * Nothing is inserted when an id is already stored or the expectation fails; the caller then
 * decides between "idempotent repeat", DuplicateEventError and ConcurrencyError from the row.
 * A concurrent writer that inserted the same version or id first makes this statement fail
 * with unique_violation; the caller retries, and the retry sees that writer's rows.
 */
const APPEND_SQL = `
WITH input AS (
  SELECT i.event_id, i.type, i.data, i.metadata, i.ord::int AS ord
  FROM unnest($4::uuid[], $5::text[], $6::jsonb[], $7::jsonb[]) WITH ORDINALITY AS i(event_id, type, data, metadata, ord)
),
stored AS (
  SELECT e.event_id, e.stream_id, e.stream_version, e.type, e.global_position, e.transaction_id
  FROM events e
  WHERE e.event_id IN (SELECT event_id FROM input)
),
head AS (
  SELECT coalesce(max(stream_version), 0) AS version FROM events WHERE stream_id = $1::text
),
decision AS (
  SELECT h.version,
         NOT EXISTS (SELECT 1 FROM stored) AND CASE $2::text
           WHEN 'any' THEN true
           WHEN 'no_stream' THEN h.version = 0
           WHEN 'stream_exists' THEN h.version > 0
           ELSE h.version = $3::int
         END AS accepted
  FROM head h
),
inserted AS (
  INSERT INTO events (stream_id, stream_version, event_id, type, data, metadata)
  SELECT $1::text, d.version + i.ord, i.event_id, i.type, i.data, i.metadata
  FROM input i CROSS JOIN decision d
  WHERE d.accepted
  ORDER BY i.ord
  RETURNING global_position, stream_version, transaction_id
)
SELECT d.version AS current_version,
       (SELECT max(stream_version) FROM inserted) AS last_version,
       (SELECT max(global_position) FROM inserted) AS last_position,
       (SELECT transaction_id FROM inserted LIMIT 1) AS transaction_id,
       (SELECT json_agg(json_build_object(
                 'eventId', s.event_id, 'streamId', s.stream_id, 'streamVersion', s.stream_version, 'type', s.type,
                 'globalPosition', s.global_position::text, 'transactionId', s.transaction_id::text))
          FROM stored s) AS stored
FROM decision d`;

/** The complete append: decides every case, and says why when it writes nothing. */
export const APPEND_STATEMENT = { name: 'event_store_append', text: APPEND_SQL } as const;

/*
 * The common case, cheaply: one plain INSERT … SELECT that writes the batch only when no id is
 * stored yet and the expectation holds, and otherwise writes nothing and returns no row; the
 * adapter then runs APPEND_SQL to tell a repeat, a DuplicateEventError and a ConcurrencyError
 * apart. APPEND_SQL's CTEs cost about twice the server CPU of this statement for one event.
 * $1..$5 as in APPEND_SQL; $6 and $7 are ONE json array each (data, metadata), so the client
 * does not escape every document into an array literal and the server parses one document.
 */
const FAST_APPEND_SQL = `
WITH inserted AS (
  INSERT INTO events (stream_id, stream_version, event_id, type, data, metadata)
  SELECT $1::text, h.version + i.ord::int, i.event_id, i.type, $6::jsonb -> (i.ord::int - 1), $7::jsonb -> (i.ord::int - 1)
  FROM (SELECT coalesce(max(stream_version), 0) AS version FROM events WHERE stream_id = $1::text) h
  CROSS JOIN unnest($4::uuid[], $5::text[]) WITH ORDINALITY AS i(event_id, type, ord)
  WHERE CASE $2::text
          WHEN 'any' THEN true
          WHEN 'no_stream' THEN h.version = 0
          WHEN 'stream_exists' THEN h.version > 0
          ELSE h.version = $3::int
        END
    AND NOT EXISTS (SELECT 1 FROM events e WHERE e.event_id = ANY($4::uuid[]))
  ORDER BY i.ord
  RETURNING global_position, stream_version, transaction_id
)
SELECT max(stream_version) AS last_version,
       max(global_position) AS last_position,
       (SELECT transaction_id FROM inserted LIMIT 1) AS transaction_id
FROM inserted`;

/*
 * FAST_APPEND_SQL for the most common append, one event, with scalar parameters: no arrays to
 * build, escape and take apart, about a quarter less server CPU than the array form. ON CONFLICT
 * DO NOTHING: a concurrent writer that took this version first makes it write nothing (exact for
 * one row) instead of failing, so the race leaves no ERROR line in the server log either.
 */
const FAST_APPEND_ONE_SQL = `
INSERT INTO events (stream_id, stream_version, event_id, type, data, metadata)
SELECT $1::text, h.version + 1, $4::uuid, $5::text, $6::jsonb, $7::jsonb
FROM (SELECT coalesce(max(stream_version), 0) AS version FROM events WHERE stream_id = $1::text) h
WHERE CASE $2::text
        WHEN 'any' THEN true
        WHEN 'no_stream' THEN h.version = 0
        WHEN 'stream_exists' THEN h.version > 0
        ELSE h.version = $3::int
      END
  AND NOT EXISTS (SELECT 1 FROM events e WHERE e.event_id = $4::uuid)
ON CONFLICT DO NOTHING
RETURNING stream_version AS last_version, global_position AS last_position, transaction_id`;

/*
 * A stream's first events ('no_stream', or expected version 0): inserts at versions 1..n, what
 * pgbench measures as the physical limit. An existing stream (a row at version 1) or a stored id
 * makes the insert write nothing, and APPEND_SQL then says why. That is the everyday idempotent
 * repeat (a record created again with its idempotency key), so it must not fail: a unique
 * violation would write an ERROR line to the server log for each (issue 12). Hence ON CONFLICT
 * DO NOTHING on version 1 alone, the row every writer of a new stream competes for (waiting for
 * a concurrent one to commit or roll back); versions 2..n are written only when it was, so a
 * batch is written whole or not at all, never in part.
 * $1 stream id, then event id, type, data, metadata: scalars for one event, else $2 uuid[],
 * $3 text[] and $4, $5 json arrays as in FAST_APPEND_SQL.
 */
const FIRST_APPEND_ONE_SQL = `
INSERT INTO events (stream_id, stream_version, event_id, type, data, metadata)
VALUES ($1::text, 1, $2::uuid, $3::text, $4::jsonb, $5::jsonb)
ON CONFLICT DO NOTHING
RETURNING stream_version AS last_version, global_position AS last_position, transaction_id`;

// \`rest\` reads \`first\` (its EXISTS), so version 1 takes its position before the others take theirs.
const FIRST_APPEND_SQL = `
WITH first AS (
  INSERT INTO events (stream_id, stream_version, event_id, type, data, metadata)
  VALUES ($1::text, 1, ($2::uuid[])[1], ($3::text[])[1], $4::jsonb -> 0, $5::jsonb -> 0)
  ON CONFLICT DO NOTHING
  RETURNING global_position, stream_version, transaction_id
),
rest AS (
  INSERT INTO events (stream_id, stream_version, event_id, type, data, metadata)
  SELECT $1::text, i.ord::int, i.event_id, i.type, $4::jsonb -> (i.ord::int - 1), $5::jsonb -> (i.ord::int - 1)
  FROM unnest($2::uuid[], $3::text[]) WITH ORDINALITY AS i(event_id, type, ord)
  WHERE i.ord > 1 AND EXISTS (SELECT 1 FROM first)
  ORDER BY i.ord
  RETURNING global_position, stream_version, transaction_id
),
inserted AS (SELECT * FROM first UNION ALL SELECT * FROM rest)
SELECT max(stream_version) AS last_version,
       max(global_position) AS last_position,
       (SELECT transaction_id FROM inserted LIMIT 1) AS transaction_id
FROM inserted`;

/** The fast statements by kind of append, each a named (prepared once per connection) statement. */
export const FAST_STATEMENTS = {
  first: {
    one: { name: 'event_store_first_append_one', text: FIRST_APPEND_ONE_SQL },
    batch: { name: 'event_store_first_append', text: FIRST_APPEND_SQL },
  },
  checked: {
    one: { name: 'event_store_fast_append_one', text: FAST_APPEND_ONE_SQL },
    batch: { name: 'event_store_fast_append', text: FAST_APPEND_SQL },
  },
} as const;

/*
 * Several callers' appends in ONE statement, so in one transaction and one commit (group commit in
 * the client: see append-coalescer.ts). Each append keeps its own expectation and stays whole or
 * absent; the coalescer never puts two appends to one stream, or one event id twice, in a group.
 * Per append: $1 stream ids, $2 expectation kinds, $3 exact versions (null unless 'exact').
 * Per event, in append order: $4 its append's index (1-based, into $1..$3), $5 its index within
 * that append (1-based), $6 ids, $7 types, $8 and $9 ONE json array each (data, metadata).
 * An append is written only when none of its ids is stored and its expectation holds. Its first
 * event is inserted ON CONFLICT DO NOTHING, as in FIRST_APPEND_SQL: a concurrent writer that took
 * that version (or id) first makes this append write nothing, without failing the others; its
 * later events are written only when the first was. One row per append says what happened.
 */
const GROUP_APPEND_SQL = `
WITH input AS (
  SELECT x.k, x.i, x.ord::int AS ord, x.event_id, x.type, ($1::text[])[x.k] AS stream_id
  FROM unnest($4::int[], $5::int[], $6::uuid[], $7::text[]) WITH ORDINALITY AS x(k, i, event_id, type, ord)
),
stored AS (
  SELECT x.k, e.event_id, e.stream_id, e.stream_version, e.type, e.global_position, e.transaction_id
  FROM input x JOIN events e ON e.event_id = x.event_id
),
decision AS (
  SELECT a.k::int AS k, a.stream_id, h.version,
         a.k IN (SELECT s.k FROM stored s) AS repeated,
         CASE a.kind
           WHEN 'any' THEN true
           WHEN 'no_stream' THEN h.version = 0
           WHEN 'stream_exists' THEN h.version > 0
           ELSE h.version = a.exact
         END AS holds
  FROM unnest($1::text[], $2::text[], $3::int[]) WITH ORDINALITY AS a(stream_id, kind, exact, k)
  CROSS JOIN LATERAL (SELECT coalesce(max(e.stream_version), 0) AS version FROM events e WHERE e.stream_id = a.stream_id) h
),
-- Per append (by index): the version its events follow, or null when it is not written. An
-- array, so that the inserts below look it up by index instead of joining.
base AS (
  SELECT array_agg(CASE WHEN d.holds AND NOT d.repeated THEN d.version END ORDER BY d.k) AS version FROM decision d
),
first AS (
  INSERT INTO events (stream_id, stream_version, event_id, type, data, metadata)
  SELECT x.stream_id, b.version[x.k] + 1, x.event_id, x.type, $8::jsonb -> (x.ord - 1), $9::jsonb -> (x.ord - 1)
  FROM input x CROSS JOIN base b
  WHERE x.i = 1 AND b.version[x.k] IS NOT NULL
  ORDER BY x.k
  ON CONFLICT DO NOTHING
  RETURNING stream_id, stream_version, global_position, transaction_id
),
rest AS (
  INSERT INTO events (stream_id, stream_version, event_id, type, data, metadata)
  SELECT x.stream_id, b.version[x.k] + x.i, x.event_id, x.type, $8::jsonb -> (x.ord - 1), $9::jsonb -> (x.ord - 1)
  FROM input x CROSS JOIN base b
  WHERE x.i > 1 AND b.version[x.k] IS NOT NULL AND x.stream_id IN (SELECT f.stream_id FROM first f)
  ORDER BY x.ord
  RETURNING stream_id, stream_version, global_position, transaction_id
),
written AS (
  SELECT w.stream_id, max(w.stream_version) AS last_version, max(w.global_position) AS last_position,
         (array_agg(w.transaction_id))[1] AS transaction_id
  FROM (SELECT * FROM first UNION ALL SELECT * FROM rest) w
  GROUP BY w.stream_id
)
SELECT d.k, d.version AS current_version, d.holds, w.last_version, w.last_position, w.transaction_id,
       CASE WHEN d.repeated THEN (
         SELECT json_agg(json_build_object(
                  'eventId', s.event_id, 'streamId', s.stream_id, 'streamVersion', s.stream_version, 'type', s.type,
                  'globalPosition', s.global_position::text, 'transactionId', s.transaction_id::text))
         FROM stored s WHERE s.k = d.k) END AS stored
FROM decision d LEFT JOIN written w ON w.stream_id = d.stream_id
ORDER BY d.k`;

export const GROUP_APPEND_STATEMENT = { name: 'event_store_group_append', text: GROUP_APPEND_SQL } as const;
