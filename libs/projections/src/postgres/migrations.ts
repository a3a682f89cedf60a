// Versioned TypeORM migrations of the read model (never `synchronize`).
import type { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { COMPANY_WIDE } from '../read-model/section-totals';
import { generationSchema, PROJECTION_NAME, rowTablesDdl, summaryDdl } from './schema';

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
 * Year -1 in `stream_years` says "this generation's index is incomplete": it predates the index,
 * so `asOf` folds the whole log until a rebuild fills a generation from the start.
 */
export const INCOMPLETE_STREAM_INDEX_YEAR = -1;

/**
 * The section totals of a generation computed from its rows: the SQL twin of
 * read-model/section-totals.ts `contributionOf`, used once, to fill the totals of generations
 * that existed before migration 2 (a test checks it agrees with what the projector keeps).
 */
export function summaryBackfillSql(s: string): string[] {
  const signedYear = `substr(g.signed_on, 1, 4)::int`;
  const endYear = `substr(least(g.valid_until, g.terminated_on), 1, 4)::int`;
  return [
    `INSERT INTO ${s}.section_sums (year, unit_id, metric, subject, amount)
     WITH contributions AS (
       SELECT a.year, a.organizer_id AS unit_id, m.metric, m.subject, m.amount
       FROM ${s}.volunteer_activities a, LATERAL (VALUES
         ('activity.count', '', 1::bigint), ('activity.person_times', '', a.person_times::bigint),
         ('activity.hours_hundredths', '', coalesce(a.volunteer_hours_hundredths, 0)), ('activity.beneficiaries', '', coalesce(a.beneficiaries, 0)::bigint),
         ('activity.sales_count', '', coalesce(a.charity_sales_transactions, 0)::bigint), ('activity.sales_fen', '', coalesce(a.charity_sales_amount_fen, 0)),
         ('program.count', a.program, 1::bigint), ('program.person_times', a.program, a.person_times::bigint)) AS m(metric, subject, amount)
       WHERE NOT a.voided
       UNION ALL
       SELECT g.year, g.union_id, m.metric, '', m.amount
       FROM ${s}.relief_grants g, LATERAL (VALUES ('relief.person_times', g.person_times::bigint), ('relief.amount_fen', g.amount_fen)) AS m(metric, amount)
       WHERE NOT g.voided
       UNION ALL
       SELECT c.year, d.union_id, m.metric, d.campaign_id, m.amount
       FROM ${s}.union_donations d JOIN ${s}.donation_campaigns c ON c.id = d.campaign_id,
         LATERAL (VALUES ('donation.count', 1::bigint), ('donation.amount_fen', d.amount_fen), ('donation.donors', d.donor_count::bigint)) AS m(metric, amount)
       UNION ALL
       SELECT x.year, x.organizer_id, 'exam.supports', '', x.supporters::bigint FROM ${s}.exam_sentinel_shifts x WHERE NOT x.voided
       UNION ALL
       SELECT bs.year, b.host_id, m.metric, '', m.amount
       FROM ${s}.booth_sessions bs JOIN ${s}.booths b ON b.id = bs.booth_id,
         LATERAL (VALUES ('booth.sessions', 1::bigint), ('booth.people_served', bs.people_served::bigint), ('booth.volunteers', bs.volunteers::bigint)) AS m(metric, amount)
       WHERE NOT bs.voided
       UNION ALL
       SELECT ${signedYear}, g.branch_id, 'agreement.signed', '', 1::bigint FROM ${s}.co_building_agreements g
       UNION ALL
       SELECT ${signedYear}, g.branch_id, 'agreement.open_since', '', 1::bigint FROM ${s}.co_building_agreements g
       WHERE least(g.valid_until, g.terminated_on) IS NULL
       UNION ALL
       SELECT y, g.branch_id, 'agreement.active', '', 1::bigint FROM ${s}.co_building_agreements g, generate_series(${signedYear}, ${endYear}) AS y
       WHERE least(g.valid_until, g.terminated_on) IS NOT NULL
     )
     SELECT year, unit_id, metric, subject, sum(amount) FROM (
       SELECT * FROM contributions
       UNION ALL
       SELECT year, '${COMPANY_WIDE}', metric, subject, amount FROM contributions WHERE metric NOT LIKE 'donation.%'
     ) everything
     GROUP BY year, unit_id, metric, subject HAVING sum(amount) <> 0`,
    `INSERT INTO ${s}.section_distinct (year, unit_id, metric, subject, value, refs)
     WITH members AS (
       SELECT a.year, a.organizer_id AS unit_id, m.metric, m.subject, m.value
       FROM ${s}.volunteer_activities a, LATERAL (VALUES ('activity.site', '', a.site), ('program.site', a.program, a.site), ('activity.subdistrict', '', a.subdistrict)) AS m(metric, subject, value)
       WHERE NOT a.voided AND m.value IS NOT NULL
       UNION ALL
       SELECT a.year, a.organizer_id, 'activity.service_item', '', item
       FROM ${s}.volunteer_activities a, LATERAL (SELECT DISTINCT unnest(a.service_items) AS item) items
       WHERE NOT a.voided
       UNION ALL
       SELECT x.year, x.organizer_id, m.metric, '', m.value
       FROM ${s}.exam_sentinel_shifts x, LATERAL (VALUES ('exam.exam', x.exam_date || '|' || x.exam_name), ('exam.site', x.site)) AS m(metric, value)
       WHERE NOT x.voided
       UNION ALL
       SELECT bs.year, b.host_id, 'booth.booth', '', bs.booth_id
       FROM ${s}.booth_sessions bs JOIN ${s}.booths b ON b.id = bs.booth_id WHERE NOT bs.voided
       UNION ALL
       SELECT ${signedYear}, g.branch_id, 'agreement.open_partner', '', partner
       FROM ${s}.co_building_agreements g, LATERAL (SELECT DISTINCT unnest(g.partner_names) AS partner) partners
       WHERE least(g.valid_until, g.terminated_on) IS NULL
       UNION ALL
       SELECT y, g.branch_id, 'agreement.partner', '', partner
       FROM ${s}.co_building_agreements g, LATERAL (SELECT DISTINCT unnest(g.partner_names) AS partner) partners,
         generate_series(${signedYear}, ${endYear}) AS y
       WHERE least(g.valid_until, g.terminated_on) IS NOT NULL
     )
     SELECT year, unit_id, metric, subject, value, count(*) FROM (
       SELECT * FROM members
       UNION ALL
       SELECT year, '${COMPANY_WIDE}', metric, subject, value FROM members
     ) everything
     GROUP BY year, unit_id, metric, subject, value`,
  ];
}

/**
 * Section totals kept by the projector (DESIGN §11): adds the summary tables to every existing
 * generation and fills them from its rows, so queries read totals at once without a rebuild.
 */
export class ReadModelSectionTotals1736000000000 implements MigrationInterface {
  readonly name = 'ReadModelSectionTotals1736000000000';

  async up(runner: QueryRunner): Promise<void> {
    const generations: { generation: number; position: string }[] = await runner.query(
      `SELECT generation, position FROM public.projection_checkpoints ORDER BY generation`,
    );
    for (const { generation, position } of generations) {
      const s = `"${generationSchema(generation)}"`;
      for (const statement of [...summaryDdl(s), ...summaryBackfillSql(s)]) await runner.query(statement);
      // Rows projected before the index existed: asOf cannot tell which streams they came from.
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

export const READ_MODEL_MIGRATIONS = [ReadModelInit1735000000000, ReadModelSectionTotals1736000000000];
export const READ_MODEL_MIGRATIONS_TABLE = 'read_model_migrations';

/** Applies pending read-model migrations, each in its own transaction; returns the names applied. */
export async function runReadModelMigrations(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((m) => m.name);
}
