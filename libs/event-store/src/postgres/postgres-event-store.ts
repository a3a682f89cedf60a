// Postgres adapter (docs/design.md §4), on `pg` directly. An append is ONE statement: it reads the
// stream head, detects repeated event ids, checks the expected version and inserts every event
// of the batch, so it costs one round trip and is atomic without an explicit transaction. The
// common cases take cheaper statements first; only when one of them writes nothing or fails on
// a unique index (a repeat or a clash) does the complete statement find out why.
import type { CustomTypesConfig, PoolConfig } from 'pg';
import { Pool, types as pgTypes } from 'pg';
import type {
  AllPosition,
  AppendResult,
  EventBatchHandler,
  EventStore,
  ExpectedVersion,
  ImportResult,
  ImportedEvent,
  NewEvent,
  ReadAllOptions,
  ReadAllPage,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
} from '../event-store.port';
import { EventStoreNotEmptyError, InvalidEventStoreRequestError, START_OF_LOG, comparePositions } from '../event-store.port';
import type { CheckedImport } from '../append-rules';
import { checkImportedEvent, notNextVersion, uniqueStreamIds, validateFrom, validateReadAll, validateStreamId } from '../append-rules';
import { SubscriptionRunner } from '../subscription-runner';
import type { Queryable } from './append-steps';
import { FAST_APPEND_MAX_CHARS, checkOnly, clash, isUniqueViolation, prepareAppend, runAppend, runFastAppend, translateError } from './append-steps';
import { IMPORT_ANY_EVENT_SQL, IMPORT_BATCH_STATEMENT, IMPORT_CHECK_SQL, IMPORT_LOCK_SQL } from './import-sql';
import { HEAD_POSITION_STATEMENT, READ_ALL_STATEMENT, READ_STREAMS_STATEMENT, READ_STREAM_STATEMENT } from './read-sql';
import { runEventStoreMigrations } from './migrations';
import { CommitAnnouncer } from './commit-announcer';
import { NotificationListener } from './notification-listener';

export interface PostgresEventStoreOptions {
  readonly connectionString: string;
  /** Pool size (default 10). */
  readonly poolSize?: number;
  /** How often subscriptions re-read without a notification (default 250 ms). */
  readonly pollIntervalMs?: number;
  /** Apply pending migrations before returning (default true). */
  readonly migrate?: boolean;
}

const DEFAULT_POLL_INTERVAL_MS = 250;
/** Stream ids per readStreams query: keeps each array parameter a few MB at most. */
const READ_STREAMS_CHUNK = 50_000;
/** Events per import statement, and their JSON at most (one jsonb value cannot exceed 256 MB). */
const IMPORT_BATCH_EVENTS = 2_000;
const IMPORT_BATCH_MAX_CHARS = FAST_APPEND_MAX_CHARS;
/** Retries of an append whose insert hit a concurrent writer's row; each retry re-reads the stream. */
const MAX_APPEND_ATTEMPTS = 50;

const INT8_OID = 20;
const XID8_OID = 5069;

/** bigint and xid8 arrive as strings and become BigInt in `toRecordedEvent`: no precision is lost. */
export const EVENT_STORE_TYPE_PARSERS: CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID || oid === XID8_OID ? (value: string) => value : pgTypes.getTypeParser(oid, format)) as CustomTypesConfig['getTypeParser'],
};

interface EventRow {
  global_position: string;
  transaction_id: string;
  stream_id: string;
  stream_version: number;
  event_id: string;
  type: string;
  data: RecordedEvent['data'];
  metadata: RecordedEvent['metadata'];
  recorded_at: Date;
}

export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    eventId: row.event_id,
    type: row.type,
    data: row.data,
    metadata: row.metadata,
    streamId: row.stream_id,
    streamVersion: row.stream_version,
    position: { transactionId: BigInt(row.transaction_id), globalPosition: BigInt(row.global_position) },
    recordedAt: row.recorded_at,
  };
}

export class PostgresEventStore implements EventStore {
  private readonly listener: NotificationListener;
  private readonly announcer: CommitAnnouncer;
  private readonly subscriptions = new Set<Subscription>();
  private closing: Promise<void> | undefined;

  constructor(
    readonly pool: Pool,
    listenerConfig: PoolConfig,
    private readonly pollIntervalMs: number = DEFAULT_POLL_INTERVAL_MS,
  ) {
    this.listener = new NotificationListener(listenerConfig);
    this.announcer = new CommitAnnouncer(pool, () => this.listener.wakeAll());
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<readonly RecordedEvent[]> {
    validateStreamId(streamId);
    const from = validateFrom(options.from);
    const result = await this.pool.query<EventRow>({ ...READ_STREAM_STATEMENT, values: [streamId, from] });
    return result.rows.map(toRecordedEvent);
  }

  async readStreams(streamIds: readonly string[]): Promise<readonly RecordedEvent[]> {
    const ids = uniqueStreamIds(streamIds);
    if (ids.length === 0) return [];
    const chunks: string[][] = [];
    for (let start = 0; start < ids.length; start += READ_STREAMS_CHUNK) chunks.push(ids.slice(start, start + READ_STREAMS_CHUNK));
    const rows = chunks.length === 1 ? await this.readStreamChunk(this.pool, ids) : await this.readStreamChunksInOneSnapshot(chunks);
    return rows.map(toRecordedEvent).sort((a, b) => comparePositions(a.position, b.position));
  }

  async appendToStream(
    streamId: string,
    events: readonly NewEvent[],
    options: { readonly expectedVersion: ExpectedVersion },
  ): Promise<AppendResult> {
    const request = prepareAppend(streamId, events, options.expectedVersion);
    if (request.batch.length === 0) return checkOnly(this.pool, streamId, options.expectedVersion);
    for (let attempt = 1; ; attempt++) {
      try {
        // The first attempt takes a fast statement; what it cannot decide, and every retry, takes APPEND_SQL.
        const fast = attempt === 1 && request.chars <= FAST_APPEND_MAX_CHARS ? await runFastAppend(this.pool, streamId, request) : undefined;
        const result = fast ?? (await runAppend(this.pool, streamId, request));
        if (result.written) this.announcer.announce();
        return result;
      } catch (error) {
        // A concurrent writer got this version or id first, or a later event's id is stored
        // elsewhere (an expected repeat writes nothing instead: see FIRST_APPEND_*). The retry
        // re-reads the stream, so it either succeeds ('any'), recognises a repeat, or reports the clash.
        if (!isUniqueViolation(error)) throw translateError(error);
        if (attempt >= MAX_APPEND_ATTEMPTS) throw await clash(this.pool, streamId, options.expectedVersion);
      }
    }
  }

  async readAll(options: ReadAllOptions): Promise<ReadAllPage> {
    validateReadAll(options);
    const after = options.after ?? START_OF_LOG;
    const result = await this.pool.query<EventRow>({
      ...READ_ALL_STATEMENT,
      values: [after.transactionId.toString(), after.globalPosition.toString(), options.limit],
    });
    const events = result.rows.map(toRecordedEvent);
    const last = events[events.length - 1];
    return { events, next: last ? last.position : after };
  }

  subscribe(after: AllPosition, handler: EventBatchHandler, options?: SubscribeOptions): Subscription {
    if (this.closing) throw new Error('The Postgres event store is closed.');
    const subscription = new SubscriptionRunner(
      {
        readPage: (cursor, limit) => this.readAll({ after: cursor, limit }),
        onWake: (wake) => this.listener.add(wake),
        pollIntervalMs: this.pollIntervalMs,
      },
      after,
      handler,
      options,
    );
    this.subscriptions.add(subscription);
    void subscription.closed.then(() => this.subscriptions.delete(subscription));
    return subscription;
  }

  async headPosition(): Promise<bigint> {
    const result = await this.pool.query<{ head: string }>(HEAD_POSITION_STATEMENT);
    return BigInt(result.rows[0]?.head ?? '0');
  }

  /**
   * One transaction: the table is locked against appends, checked empty, filled batch by batch
   * (the next batch is read and serialized while the server inserts the previous one), and
   * every stream's versions are checked once before the commit. Any failure rolls it all back.
   */
  async importEvents(events: AsyncIterable<ImportedEvent>): Promise<ImportResult> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(IMPORT_LOCK_SQL);
      if ((await client.query(IMPORT_ANY_EVENT_SQL)).rowCount) throw new EventStoreNotEmptyError();
      let count = 0;
      let last: AllPosition = START_OF_LOG;
      let inFlight: Promise<AllPosition | undefined> | undefined;
      const send = async (batch: readonly CheckedImport[]): Promise<void> => {
        const previous = await inFlight;
        if (previous) last = previous;
        inFlight = insertImportBatch(client, batch);
        // Observed by the next send or after the loop; until then a failure must not count as unhandled.
        inFlight.catch(() => undefined);
      };
      let batch: CheckedImport[] = [];
      let chars = 0;
      for await (const event of events) {
        const checked = checkImportedEvent(event);
        const size = checked.data.length + checked.metadata.length;
        if (batch.length > 0 && (batch.length >= IMPORT_BATCH_EVENTS || chars + size > IMPORT_BATCH_MAX_CHARS)) {
          await send(batch);
          batch = [];
          chars = 0;
        }
        batch.push(checked);
        chars += size;
        count += 1;
      }
      if (batch.length > 0) await send(batch);
      const final = await inFlight;
      if (final) last = final;
      const misplaced = await client.query<{ event_id: string; stream_id: string; stream_version: number; previous_version: number }>(IMPORT_CHECK_SQL);
      const wrong = misplaced.rows[0];
      if (wrong) throw notNextVersion({ eventId: wrong.event_id, streamId: wrong.stream_id, streamVersion: wrong.stream_version }, wrong.previous_version);
      await client.query('COMMIT');
      if (count > 0) this.announcer.announce();
      return { events: count, lastPosition: last };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      if (isUniqueViolation(error)) throw new InvalidEventStoreRequestError(`The import holds an event id or a stream version twice: ${error.message}`);
      throw translateError(error);
    } finally {
      client.release();
    }
  }

  /** True while the LISTEN connection is up (it is opened only while a subscription exists). */
  get listening(): boolean {
    return this.listener.listening;
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
      await this.listener.close();
      await this.announcer.settle();
      await this.pool.end();
    })();
    return this.closing;
  }

  private async readStreamChunk(db: Queryable, ids: readonly string[]): Promise<EventRow[]> {
    const result = await db.query<EventRow>({ ...READ_STREAMS_STATEMENT, values: [ids] });
    return result.rows;
  }

  /** Several chunks read in one repeatable-read snapshot, so they agree on what has committed. */
  private async readStreamChunksInOneSnapshot(chunks: readonly (readonly string[])[]): Promise<EventRow[]> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const rows: EventRow[] = [];
      for (const chunk of chunks) rows.push(...(await this.readStreamChunk(client, chunk)));
      await client.query('COMMIT');
      return rows;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}

/** One batch of an import; the position of its last event. */
async function insertImportBatch(db: Queryable, batch: readonly CheckedImport[]): Promise<AllPosition | undefined> {
  const result = await db.query<{ last_position: string | null; transaction_id: string | null }>({
    ...IMPORT_BATCH_STATEMENT,
    values: [
      batch.map((event) => event.streamId),
      batch.map((event) => event.streamVersion),
      batch.map((event) => event.eventId),
      batch.map((event) => event.type),
      batch.map((event) => event.recordedAt),
      `[${batch.map(({ data }) => data).join(',')}]`,
      `[${batch.map(({ metadata }) => metadata).join(',')}]`,
    ],
  });
  const row = result.rows[0];
  return row?.last_position && row.transaction_id ? { transactionId: BigInt(row.transaction_id), globalPosition: BigInt(row.last_position) } : undefined;
}

/** Connects a pool, applies pending migrations (unless `migrate: false`) and returns the store. */
export async function createPostgresEventStore(options: PostgresEventStoreOptions): Promise<PostgresEventStore> {
  const config: PoolConfig = { connectionString: options.connectionString, types: EVENT_STORE_TYPE_PARSERS };
  const pool = new Pool({ ...config, max: options.poolSize ?? 10, application_name: 'event-store' });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  try {
    if (options.migrate ?? true) {
      const client = await pool.connect();
      try {
        await runEventStoreMigrations(client);
      } finally {
        client.release();
      }
    }
  } catch (error) {
    await pool.end();
    throw error;
  }
  return new PostgresEventStore(pool, config, options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS);
}
