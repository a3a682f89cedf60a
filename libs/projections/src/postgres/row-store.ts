// Loads the rows a batch touches into an in-memory working set and writes the changed ones back,
// through the TypeORM mappings. Runs inside the projector's transaction with the generation's
// schema first on the search_path.
import { In } from 'typeorm';
import type { EntityManager, EntitySchema, ObjectLiteral } from 'typeorm';
import type { ReadModelRows, RowKey, TableName } from '../read-model/rows';
import { ENTITY_OF } from './entities';

const CHUNK = 500;

function groupByTable(keys: readonly RowKey[]): Map<TableName, Set<string>> {
  const groups = new Map<TableName, Set<string>>();
  for (const { table, id } of keys) {
    const ids = groups.get(table) ?? new Set<string>();
    ids.add(id);
    groups.set(table, ids);
  }
  return groups;
}

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

export async function loadRows(manager: EntityManager, keys: readonly RowKey[], into: ReadModelRows): Promise<void> {
  for (const [table, ids] of groupByTable(keys)) {
    const entity = ENTITY_OF[table] as unknown as EntitySchema<ObjectLiteral>;
    const map = into[table] as Map<string, ObjectLiteral>;
    for (const part of chunks([...ids].filter((id) => !map.has(id)))) {
      const found = await manager.find(entity, { where: { id: In(part) } });
      for (const row of found) map.set(row['id'] as string, row);
    }
  }
}

export async function saveRows(manager: EntityManager, rows: ReadModelRows, touched: readonly RowKey[]): Promise<void> {
  for (const [table, ids] of groupByTable(touched)) {
    const entity = ENTITY_OF[table] as unknown as EntitySchema<ObjectLiteral>;
    const map = rows[table] as Map<string, ObjectLiteral>;
    const changed = [...ids].map((id) => map.get(id)).filter((row): row is ObjectLiteral => row !== undefined);
    for (const part of chunks(changed)) await manager.upsert(entity, part, ['id']);
  }
}
