// The projector's checkpoints and the blue/green generation pointer, in `public`: every statement
// the projector and its rebuild run on them. A checkpoint is per (projection, generation); the
// one-row pointer names the generation queries and the live projector use.
import type { AllPosition, RecordedEvent } from '@tracker/event-store';
import { formatPosition, parsePosition, START_OF_LOG } from '@tracker/event-store';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { INCOMPLETE_STREAM_INDEX_YEAR, INCOMPLETE_VERSIONS_YEAR } from './migrations';
import { generationSchema } from './schema';

export type ProjectionState = 'RUNNING' | 'FAILED' | 'REBUILDING' | 'STOPPED';

/**
 * An event as a restore and a move between event stores keep it: its stream, version and id. Its
 * position they number anew, so whatever must outlive them pins this, not a position.
 */
export interface EventRef {
  readonly streamId: string;
  readonly streamVersion: number;
  readonly eventId: string;
}

/** Where a checkpoint stands: its position, and the event at it (none at the start of the log, nor on a row older than the columns until its next batch). */
export interface LogPoint {
  readonly position: AllPosition;
  readonly lastEvent?: EventRef;
}

export interface CheckpointRow extends LogPoint {
  readonly generation: number;
  readonly state: ProjectionState;
  readonly lastError: string | null;
}

/** The checkpoint moved under us (another process, or a rebuild switched generations): re-read it. */
export class ResyncNeeded extends Error {}

export interface RawLogPoint {
  readonly position: string;
  readonly last_stream_id: string | null;
  readonly last_stream_version: number | null;
  readonly last_event_id: string | null;
}

interface RawCheckpoint extends RawLogPoint {
  readonly generation: number;
  readonly state: ProjectionState;
  readonly last_error: string | null;
}

/** The columns of a checkpoint row that say where it stands (see logPointOf). */
export const LOG_POINT_COLUMNS = 'position, last_stream_id, last_stream_version, last_event_id';
const CHECKPOINT_COLUMNS = `generation, ${LOG_POINT_COLUMNS}, state, last_error`;

export function logPointOf(row: RawLogPoint): LogPoint {
  const position = parsePosition(row.position);
  if (row.last_stream_id === null || row.last_stream_version === null || row.last_event_id === null) return { position };
  return { position, lastEvent: { streamId: row.last_stream_id, streamVersion: row.last_stream_version, eventId: row.last_event_id } };
}

/** Where the log stands after `event` (undefined: nothing read, the start of the log). */
export const logPointAt = (event: RecordedEvent | undefined): LogPoint =>
  event ? { position: event.position, lastEvent: { streamId: event.streamId, streamVersion: event.streamVersion, eventId: event.eventId } } : { position: START_OF_LOG };

const checkpointOf = (row: RawCheckpoint): CheckpointRow => ({ generation: row.generation, ...logPointOf(row), state: row.state, lastError: row.last_error });

/** The search_path that puts a generation's tables first (the batch statements name no schema). */
export const generationSearchPath = (generation: number): string => `"${generationSchema(generation)}", public`;

export class CheckpointStore {
  constructor(
    private readonly dataSource: DataSource,
    readonly name: string,
  ) {}

  /** The active generation's checkpoint. */
  async readActive(manager: EntityManager = this.dataSource.manager): Promise<CheckpointRow> {
    const [row] = (await manager.query(
      `SELECT ${CHECKPOINT_COLUMNS} FROM public.projection_checkpoints
       WHERE name = $1 AND generation = (SELECT generation FROM public.projection_active_generation WHERE name = $1)`,
      [this.name],
    )) as RawCheckpoint[];
    if (!row) throw new Error(`projection ${this.name} has no checkpoint: run the read-model migrations`);
    return checkpointOf(row);
  }

  async read(manager: EntityManager, generation: number): Promise<CheckpointRow | undefined> {
    const [row] = (await manager.query(`SELECT ${CHECKPOINT_COLUMNS} FROM public.projection_checkpoints WHERE name = $1 AND generation = $2`, [
      this.name,
      generation,
    ])) as RawCheckpoint[];
    return row && checkpointOf(row);
  }

  /** The checkpoint of a generation being rebuilt, if any (the newest one other than the active). */
  async readRebuilding(): Promise<CheckpointRow | undefined> {
    const [newest] = await this.otherGenerations();
    return newest === undefined ? undefined : this.read(this.dataSource.manager, newest);
  }

  async setState(generation: number, state: ProjectionState, lastError: string | null, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(`UPDATE public.projection_checkpoints SET state = $3, last_error = $4, updated_at = now() WHERE name = $1 AND generation = $2`, [
      this.name,
      generation,
      state,
      lastError,
    ]);
  }

  async markFailed(generation: number, error: unknown): Promise<void> {
    const message = error instanceof Error ? error.message : String(error);
    await this.setState(generation, 'FAILED', message.slice(0, 2000));
  }

  /**
   * In a live batch's transaction: a shared lock on the pointer, so a rebuild's switch waits for
   * this batch and this batch for it. The same round trip points the search_path at the
   * generation. Throws ResyncNeeded when the pointer names another generation.
   */
  async sharePointer(m: EntityManager, generation: number): Promise<void> {
    const [pointer] = (await m.query(
      `SELECT generation, set_config('search_path', $2, true) FROM public.projection_active_generation WHERE name = $1 FOR SHARE`,
      [this.name, generationSearchPath(generation)],
    )) as { generation: number }[];
    if (pointer?.generation !== generation) throw new ResyncNeeded();
  }

  /** Locks the checkpoint row; throws ResyncNeeded unless it still says `from`. */
  async lock(m: EntityManager, generation: number, from: AllPosition): Promise<void> {
    const [row] = (await m.query(`SELECT position FROM public.projection_checkpoints WHERE name = $1 AND generation = $2 FOR UPDATE`, [this.name, generation])) as {
      position: string;
    }[];
    if (!row || row.position !== formatPosition(from)) throw new ResyncNeeded();
  }

  /** Moves the checkpoint from `from` to `to`, the position its event has in the log read now (log-point.ts). */
  async repoint(generation: number, from: AllPosition, to: AllPosition): Promise<void> {
    await this.dataSource.query(`UPDATE public.projection_checkpoints SET position = $4, updated_at = now() WHERE name = $1 AND generation = $2 AND position = $3`, [
      this.name,
      generation,
      formatPosition(from),
      formatPosition(to),
    ]);
  }

  /** True when the upgrade's rebuild must replace the generation: it predates the running totals or the row versions. */
  async needsUpgrade(generation: number): Promise<boolean> {
    const [row] = (await this.dataSource.query(`SELECT EXISTS (SELECT 1 FROM "${generationSchema(generation)}".stream_years WHERE year IN ($1, $2)) AS marked`, [
      INCOMPLETE_VERSIONS_YEAR,
      INCOMPLETE_STREAM_INDEX_YEAR,
    ])) as { marked: boolean }[];
    return row?.marked === true;
  }

  /** Moves the checkpoint to `last`, the batch's last event, in the batch's transaction. */
  async advance(m: EntityManager, generation: number, last: Pick<RecordedEvent, 'position' | 'streamId' | 'streamVersion' | 'eventId'>, state: ProjectionState): Promise<void> {
    await m.query(
      `UPDATE public.projection_checkpoints SET position = $3, last_stream_id = $4, last_stream_version = $5, last_event_id = $6, state = $7, last_error = NULL, updated_at = now()
       WHERE name = $1 AND generation = $2`,
      [this.name, generation, formatPosition(last.position), last.streamId, last.streamVersion, last.eventId, state],
    );
  }

  /** True when the generation predates the running totals (see INCOMPLETE_STREAM_INDEX_YEAR). */
  async predatesTotals(generation: number): Promise<boolean> {
    const [row] = (await this.dataSource.query(`SELECT EXISTS (SELECT 1 FROM "${generationSchema(generation)}".stream_years WHERE year = $1) AS marked`, [
      INCOMPLETE_STREAM_INDEX_YEAR,
    ])) as { marked: boolean }[];
    return row?.marked === true;
  }

  /** Marks the generation as predating the running totals (see INCOMPLETE_STREAM_INDEX_YEAR), so that a rebuild replaces it. */
  async markIncomplete(generation: number): Promise<void> {
    await this.dataSource.query(`INSERT INTO "${generationSchema(generation)}".stream_years (year, stream_id) VALUES ($1, '') ON CONFLICT DO NOTHING`, [
      INCOMPLETE_STREAM_INDEX_YEAR,
    ]);
  }

  // ---- for the blue/green rebuild ----

  /** One rebuild per projection at a time, across processes: a session lock held on `runner`. */
  async tryRebuildLock(runner: QueryRunner): Promise<boolean> {
    const [got] = (await runner.query(`SELECT pg_try_advisory_lock(hashtext($1)) AS ok`, [this.rebuildLockName])) as { ok: boolean }[];
    return got?.ok === true;
  }

  async releaseRebuildLock(runner: QueryRunner): Promise<void> {
    await runner.query(`SELECT pg_advisory_unlock(hashtext($1))`, [this.rebuildLockName]);
  }

  async nextGeneration(): Promise<number> {
    const [next] = (await this.dataSource.query(`SELECT nextval('public.read_model_generation_seq')::int AS generation`)) as { generation: number }[];
    if (next === undefined) throw new Error('the read-model generation sequence returned nothing');
    return next.generation;
  }

  /** The checkpoint of a generation a rebuild is about to fill, from the start of the log. */
  async addRebuilding(m: EntityManager, generation: number): Promise<void> {
    await m.query(`INSERT INTO public.projection_checkpoints (name, generation, position, state) VALUES ($1, $2, '0:0', 'REBUILDING')`, [this.name, generation]);
  }

  /** Locks the pointer for a switch (the live projector cannot commit meanwhile) and returns the generation it names. */
  async lockPointer(m: EntityManager): Promise<number> {
    const [pointer] = (await m.query(`SELECT generation FROM public.projection_active_generation WHERE name = $1 FOR UPDATE`, [this.name])) as { generation: number }[];
    if (!pointer) throw new Error(`projection ${this.name} has no active generation: run the read-model migrations`);
    return pointer.generation;
  }

  /** With the pointer locked: makes `to` active, in the state `from` was in (a STOPPED projection stays stopped), and forgets `from`. */
  async switchPointer(m: EntityManager, from: number, to: number): Promise<void> {
    const old = await this.read(m, from);
    await this.setState(to, old?.state === 'STOPPED' ? 'STOPPED' : 'RUNNING', null, m);
    await m.query(`UPDATE public.projection_active_generation SET generation = $2 WHERE name = $1`, [this.name, to]);
    await m.query(`DELETE FROM public.projection_checkpoints WHERE name = $1 AND generation = $2`, [this.name, from]);
  }

  /** Generations other than the active one, newest first: a rebuild in progress, or ones a crashed rebuild left behind. */
  async otherGenerations(): Promise<number[]> {
    const rows = (await this.dataSource.query(
      `SELECT generation FROM public.projection_checkpoints WHERE name = $1
         AND generation <> (SELECT generation FROM public.projection_active_generation WHERE name = $1)
       ORDER BY generation DESC`,
      [this.name],
    )) as { generation: number }[];
    return rows.map((r) => r.generation);
  }

  /** Drops a generation's checkpoint and tables. */
  async dropGeneration(generation: number): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      await m.query(`DELETE FROM public.projection_checkpoints WHERE name = $1 AND generation = $2`, [this.name, generation]);
      await m.query(`DROP SCHEMA IF EXISTS "${generationSchema(generation)}" CASCADE`);
    });
  }

  private get rebuildLockName(): string {
    return `read-model-rebuild:${this.name}`;
  }
}
