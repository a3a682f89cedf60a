// Versioned TypeORM migrations of the read model (never `synchronize`).
import type { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { generationSchema, PROJECTION_NAME, rowTableNames, rowTablesDdl, summaryDdl, VERSION_COLUMNS, versionsDdl, versionsEndedIndex, versionsEndedIndexDdl } from './schema';

export class ReadModelInit1735000000000 implements MigrationInterface {
  readonly name = 'ReadModelInit1735000000000';

  async up(runner: QueryRunner): Promise<void> {
    // The checkpoint of a projection is per generation: during a rebuild the new generation has its own.
    await runner.query(`
      CREATE TABLE public.projection_checkpoints (
        name text NOT NULL,
        generation integer NOT NULL,
        position text NOT NULL,
        state text NOT NULL CHECK (state IN ('RUNNING', 'FAILED', 'REBUILDING', 'STOPPED')),
        last_error text,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (name, generation))`);
    // The one-row blue/green pointer: queries and the live projector read the generation named here.
    await runner.query(`CREATE TABLE public.projection_active_generation (name text PRIMARY KEY, generation integer NOT NULL)`);
    await runner.query(`CREATE SEQUENCE public.read_model_generation_seq START 2`);
    // Migration 1's tables as they were then; later migrations add to them.
    for (const statement of rowTablesDdl(1, { yearIndexes: true })) await runner.query(statement);
    await runner.query(`INSERT INTO public.projection_active_generation (name, generation) VALUES ($1, 1)`, [PROJECTION_NAME]);
    await runner.query(`INSERT INTO public.projection_checkpoints (name, generation, position, state) VALUES ($1, 1, '0:0', 'STOPPED')`, [
      PROJECTION_NAME,
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    const generations: { generation: number }[] = await runner.query(`SELECT DISTINCT generation FROM public.projection_checkpoints`);
    for (const { generation } of generations) await runner.query(`DROP SCHEMA IF EXISTS "read_model_g${generation}" CASCADE`);
    await runner.query(`DROP SCHEMA IF EXISTS "read_model_g1" CASCADE`);
    await runner.query(`DROP SEQUENCE public.read_model_generation_seq`);
    await runner.query(`DROP TABLE public.projection_active_generation`);
    await runner.query(`DROP TABLE public.projection_checkpoints`);
  }
}

/**
 * Year -1 in `stream_years` says "this generation predates the running totals" (or, since
 * migration 3, the current shape of the rows and totals, since migration 4 the canonical texts
 * they count, and since migration 5 the ledgers' columns): migration 2 gave it the summary tables
 * but no counters and no stream/year index. Until a rebuild replaces it
 * (the tracker starts one on its own, see Projector.upgrade), the section and `asOf` fold the
 * whole log in memory, and the projector keeps its rows but not its totals.
 */
export const INCOMPLETE_STREAM_INDEX_YEAR = -1;

/**
 * Year -2 in `stream_years` says "this generation's rows carry no versions" (migration 6): its rows,
 * totals and index are current, so the section and the ledgers read it as usual, but `asOf` folds
 * the log until the upgrade's rebuild replaces it with a generation whose versions come from the log.
 */
export const INCOMPLETE_VERSIONS_YEAR = -2;

/**
 * Section totals kept by the projector (docs/design.md §11): adds the summary tables to every existing
 * generation. One that already holds rows is marked incomplete rather than filled here: a
 * blue/green rebuild fills a new generation through the projector's own contribution rules, so
 * that those rules have one home.
 */
export class ReadModelSectionTotals1736000000000 implements MigrationInterface {
  readonly name = 'ReadModelSectionTotals1736000000000';

  async up(runner: QueryRunner): Promise<void> {
    const generations: { generation: number; position: string }[] = await runner.query(
      `SELECT generation, position FROM public.projection_checkpoints ORDER BY generation`,
    );
    for (const { generation, position } of generations) {
      const s = `"${generationSchema(generation)}"`;
      for (const statement of summaryDdl(s)) await runner.query(statement);
      if (position !== '0:0') await runner.query(`INSERT INTO ${s}.stream_years (year, stream_id) VALUES (${INCOMPLETE_STREAM_INDEX_YEAR}, '')`);
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    const generations: { generation: number }[] = await runner.query(`SELECT DISTINCT generation FROM public.projection_checkpoints`);
    for (const { generation } of generations) {
      const s = `"${generationSchema(generation)}"`;
      await runner.query(`DROP TABLE IF EXISTS ${s}.section_sums, ${s}.section_distinct, ${s}.stream_years`);
    }
  }
}

/**
 * The B4SI split (docs/design.md §17): activity rows keep their `timeBasis`, and the totals gain the
 * hours by time basis and each programme's 街道 and service items. An existing generation gets the
 * column (empty), so the live projector can go on writing it, and is marked as predating the
 * totals, exactly as migration 2 did: the upgrade's rebuild at start fills a new generation from
 * the log through the one contribution function, and until it switches the section and `asOf`
 * fold the log in memory. Nothing is filled in here.
 */
export class ReadModelB4siSplit1737000000000 implements MigrationInterface {
  readonly name = 'ReadModelB4siSplit1737000000000';

  async up(runner: QueryRunner): Promise<void> {
    const generations: { generation: number; position: string }[] = await runner.query(
      `SELECT generation, position FROM public.projection_checkpoints ORDER BY generation`,
    );
    for (const { generation, position } of generations) {
      const s = `"${generationSchema(generation)}"`;
      const [exists] = (await runner.query(`SELECT to_regclass($1) IS NOT NULL AS present`, [`${s}.volunteer_activities`])) as { present: boolean }[];
      if (exists?.present !== true) continue;
      await runner.query(`ALTER TABLE ${s}.volunteer_activities ADD COLUMN IF NOT EXISTS time_basis text`);
      if (position !== '0:0') {
        await runner.query(`INSERT INTO ${s}.stream_years (year, stream_id) VALUES (${INCOMPLETE_STREAM_INDEX_YEAR}, '') ON CONFLICT DO NOTHING`);
      }
    }
  }

  async down(): Promise<void> {
    // The column is harmless to older code, which never names it; the marker goes with the rebuild.
  }
}

/**
 * Issue 12: the texts the totals count are canonical (read-model/apply-event.ts), so 枫林 and
 * 枫林街道 are one 街道. A generation projected before holds the texts as they were typed, in its
 * rows and its counters; it is marked like one that predates the running totals, so that queries
 * fold the log (canonically) at once and the upgrade's rebuild, which the tracker starts on its
 * own, replaces it through the current rules. Nothing is rewritten here: those rules have one home.
 */
export class ReadModelCanonicalText1738000000000 implements MigrationInterface {
  readonly name = 'ReadModelCanonicalText1738000000000';

  async up(runner: QueryRunner): Promise<void> {
    const generations: { generation: number }[] = await runner.query(`SELECT generation FROM public.projection_checkpoints WHERE position <> '0:0' ORDER BY generation`);
    for (const { generation } of generations) {
      const s = `"${generationSchema(generation)}"`;
      await runner.query(`INSERT INTO ${s}.stream_years (year, stream_id) VALUES (${INCOMPLETE_STREAM_INDEX_YEAR}, '') ON CONFLICT DO NOTHING`);
    }
  }

  async down(): Promise<void> {
    // The marker only asks for a rebuild; an older version reads a rebuilt generation as well.
  }
}

const STAMP_COLUMNS = ['recorded_position bigint', 'recorded_at text', 'recorded_by text', 'corrected_at text'];
const VOID_COLUMNS = ['void_reason text', 'voided_at text'];

/** What the ledgers added to each record table (schema.ts has them in every new generation). */
const LEDGER_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  volunteer_activities: ['organizer_path text[]', 'end_date text', 'agreement_id text', 'charity_sales_recipient text', ...VOID_COLUMNS, ...STAMP_COLUMNS, 'search_text text'],
  co_building_agreements: ['branch_path text[]', 'termination_reason text', 'partner_kinds text[]', 'commitments text[]', ...STAMP_COLUMNS, 'search_text text'],
  donation_campaigns: ['organizer_path text[]', 'closed_on text', 'voided boolean', ...VOID_COLUMNS, ...STAMP_COLUMNS, 'search_text text'],
  union_donations: ['union_path text[]', 'voided boolean', ...VOID_COLUMNS, ...STAMP_COLUMNS, 'search_text text'],
  relief_grants: ['union_path text[]', ...VOID_COLUMNS, ...STAMP_COLUMNS, 'search_text text'],
  exam_sentinel_shifts: ['organizer_path text[]', ...VOID_COLUMNS, ...STAMP_COLUMNS, 'search_text text'],
  booths: ['host_path text[]', 'location text', ...STAMP_COLUMNS, 'search_text text'],
  booth_sessions: ['services text[]', ...VOID_COLUMNS, ...STAMP_COLUMNS],
};

/**
 * Migration 5, the ledgers (docs/design.md §14): the record rows keep what a person recognises a record by (names as
 * recorded, who recorded it and when, corrections, void reasons) and a search key. An existing
 * generation gets the columns, empty, so that the live projector can go on writing its rows, and is
 * marked as predating the current shape, as migration 2 did: the upgrade's rebuild at start fills a
 * new generation from the log, and until it switches the ledgers say they are being rebuilt.
 * Nothing is filled in here: the rows' facts have one home, the projector's handlers.
 */
export class ReadModelLedgers1739000000000 implements MigrationInterface {
  readonly name = 'ReadModelLedgers1739000000000';

  async up(runner: QueryRunner): Promise<void> {
    const generations: { generation: number; position: string }[] = await runner.query(
      `SELECT generation, position FROM public.projection_checkpoints ORDER BY generation`,
    );
    for (const { generation, position } of generations) {
      const s = `"${generationSchema(generation)}"`;
      const [exists] = (await runner.query(`SELECT to_regclass($1) IS NOT NULL AS present`, [`${s}.volunteer_activities`])) as { present: boolean }[];
      if (exists?.present !== true) continue;
      for (const [table, columns] of Object.entries(LEDGER_COLUMNS)) {
        await runner.query(`ALTER TABLE ${s}.${table} ${columns.map((column) => `ADD COLUMN IF NOT EXISTS ${column}`).join(', ')}`);
      }
      if (position !== '0:0') {
        await runner.query(`INSERT INTO ${s}.stream_years (year, stream_id) VALUES (${INCOMPLETE_STREAM_INDEX_YEAR}, '') ON CONFLICT DO NOTHING`);
      }
    }
  }

  async down(): Promise<void> {
    // The columns are harmless to older code, which never names them; the marker goes with the rebuild.
  }
}

/**
 * Migration 6, the temporal read model (issue 18, read-model/versions.ts): every row table keeps
 * when its rows' versions began, and a table of the versions they replaced, which `asOf` reads
 * instead of folding the year's events. An existing generation gets them empty, so that the live
 * projector can go on writing it, and is marked as lacking versions: `asOf` folds the
 * log until the upgrade's rebuild, which the tracker starts on its own, switches to a generation
 * whose versions come from the log. Its rows and totals are current, so it is marked apart
 * (INCOMPLETE_VERSIONS_YEAR): the section and the ledgers go on reading it meanwhile. Nothing is
 * filled in here: versions have one home, the projector.
 */
export class ReadModelRowVersions1740000000000 implements MigrationInterface {
  readonly name = 'ReadModelRowVersions1740000000000';

  async up(runner: QueryRunner): Promise<void> {
    const generations: { generation: number; position: string }[] = await runner.query(
      `SELECT generation, position FROM public.projection_checkpoints ORDER BY generation`,
    );
    for (const { generation, position } of generations) {
      const s = `"${generationSchema(generation)}"`;
      const [exists] = (await runner.query(`SELECT to_regclass($1) IS NOT NULL AS present`, [`${s}.volunteer_activities`])) as { present: boolean }[];
      if (exists?.present !== true) continue;
      for (const table of rowTableNames()) {
        const { beganPosition, beganAt } = VERSION_COLUMNS;
        await runner.query(`ALTER TABLE ${s}.${table} ADD COLUMN IF NOT EXISTS ${beganPosition} bigint, ADD COLUMN IF NOT EXISTS ${beganAt} bigint`);
        for (const statement of versionsDdl(s, table)) await runner.query(statement);
      }
      if (position !== '0:0') {
        await runner.query(`INSERT INTO ${s}.stream_years (year, stream_id) VALUES (${INCOMPLETE_VERSIONS_YEAR}, '') ON CONFLICT DO NOTHING`);
      }
    }
  }

  async down(): Promise<void> {
    // The columns and tables are harmless to older code, which never names them; the marker goes with the rebuild.
  }
}

/**
 * Issue 16's follow-up: a checkpoint also names the last event it counts (stream, version, id), which
 * a restore and a move between event stores keep, while they number positions anew. An edition pins
 * that event, and finds its position in whatever log it is read from. A checkpoint written before
 * names none until its projector's next batch; an edition published meanwhile pins its position only.
 */
export class ReadModelCheckpointEvent1741000000000 implements MigrationInterface {
  readonly name = 'ReadModelCheckpointEvent1741000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `ALTER TABLE public.projection_checkpoints ADD COLUMN IF NOT EXISTS last_stream_id text, ADD COLUMN IF NOT EXISTS last_stream_version integer, ADD COLUMN IF NOT EXISTS last_event_id uuid`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE public.projection_checkpoints DROP COLUMN IF EXISTS last_stream_id, DROP COLUMN IF EXISTS last_stream_version, DROP COLUMN IF EXISTS last_event_id`);
  }
}

/**
 * Migration 8: the versions tables of the generations made before get the index of when each
 * version ended (schema.ts versionsEndedIndexDdl), which `asOf` reads them by.
 */
export class ReadModelVersionsEndedIndex1742000000000 implements MigrationInterface {
  readonly name = 'ReadModelVersionsEndedIndex1742000000000';

  async up(runner: QueryRunner): Promise<void> {
    const generations: { generation: number }[] = await runner.query(`SELECT DISTINCT generation FROM public.projection_checkpoints ORDER BY generation`);
    for (const { generation } of generations) {
      const s = `"${generationSchema(generation)}"`;
      const [exists] = (await runner.query(`SELECT to_regclass($1) IS NOT NULL AS present`, [`${s}.volunteer_activities_versions`])) as { present: boolean }[];
      if (exists?.present !== true) continue;
      for (const table of rowTableNames()) await runner.query(versionsEndedIndexDdl(s, table));
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    const generations: { generation: number }[] = await runner.query(`SELECT DISTINCT generation FROM public.projection_checkpoints`);
    for (const { generation } of generations) {
      for (const table of rowTableNames()) await runner.query(`DROP INDEX IF EXISTS "${generationSchema(generation)}".${versionsEndedIndex(table)}`);
    }
  }
}

export const READ_MODEL_MIGRATIONS = [
  ReadModelInit1735000000000,
  ReadModelSectionTotals1736000000000,
  ReadModelB4siSplit1737000000000,
  ReadModelCanonicalText1738000000000,
  ReadModelLedgers1739000000000,
  ReadModelRowVersions1740000000000,
  ReadModelCheckpointEvent1741000000000,
  ReadModelVersionsEndedIndex1742000000000,
];
export const READ_MODEL_MIGRATIONS_TABLE = 'read_model_migrations';

/** Applies pending read-model migrations, each in its own transaction; returns the names applied. */
export async function runReadModelMigrations(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((m) => m.name);
}
