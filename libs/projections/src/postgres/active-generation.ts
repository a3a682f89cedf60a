// The generation queries read (the blue/green pointer), for every query service of the read model.
import type { EntityManager } from 'typeorm';

// The generation read may be dropped by a rebuild between reading the pointer and reading the
// tables; the query then fails with undefined_table / invalid_schema_name and is retried.
const GENERATION_GONE = new Set(['42P01', '3F000']);

export const isGenerationGone = (error: unknown): boolean => {
  const e = error as { code?: unknown; driverError?: { code?: unknown } };
  const code = e?.driverError?.code ?? e?.code;
  return typeof code === 'string' && GENERATION_GONE.has(code);
};

export async function activeGeneration(manager: EntityManager, name: string): Promise<number> {
  const [pointer] = (await manager.query(`SELECT generation FROM public.projection_active_generation WHERE name = $1`, [name])) as { generation: number }[];
  if (!pointer) throw new Error(`projection ${name} has no active generation: run the read-model migrations`);
  return pointer.generation;
}

/** Runs `read` on the active generation, again (up to five times) if a rebuild's switch dropped it meanwhile. */
export async function readActiveGeneration<T>(manager: EntityManager, name: string, read: (generation: number) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await read(await activeGeneration(manager, name));
    } catch (error) {
      if (attempt < 5 && isGenerationGone(error)) continue;
      throw error;
    }
  }
}
