// Versioned TypeORM migrations of the read model (never `synchronize`).
import type { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { generationDdl, PROJECTION_NAME } from './schema';

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
    for (const statement of generationDdl(1)) await runner.query(statement);
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

export const READ_MODEL_MIGRATIONS = [ReadModelInit1735000000000];
export const READ_MODEL_MIGRATIONS_TABLE = 'read_model_migrations';

/** Applies pending read-model migrations, each in its own transaction; returns the names applied. */
export async function runReadModelMigrations(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((m) => m.name);
}
