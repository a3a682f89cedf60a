// A rebuild's writers (issue 18 decision 3): a few connections of the read model's pool, each with
// the generation first on its search_path and asynchronous commits, that share out a batch's
// statements. A rebuild's generation is private until its switch, so the statements of a batch
// need no common transaction: each commits on its own, and a crash drops the whole generation.
import { assertNever } from '@tracker/domain';
import type { PoolClient } from 'pg';
import type { DataSource, QueryRunner } from 'typeorm';
import { copyFrom } from './copy-from';
import type { RowWrite } from './row-store';
import { writeError } from './row-store';

/** A statement for the writers: a batch's row write, or any query (the stream/year index). */
export type ParallelWrite = RowWrite | { readonly kind: 'any'; readonly sql: string; readonly params: readonly unknown[] };

/** A connection of the pool held for a rebuild, with the generation first on its search_path and asynchronous commits. */
export interface Session {
  readonly runner: QueryRunner;
  readonly client: PoolClient;
  /** Resets the session's settings and gives the connection back to the pool. */
  close(): Promise<void>;
}

export async function openSession(dataSource: DataSource, searchPath: string): Promise<Session> {
  const runner = dataSource.createQueryRunner();
  const client: PoolClient = await runner.connect();
  const close = async () => {
    await client.query(`RESET search_path; RESET synchronous_commit`).catch(() => undefined);
    await runner.release();
  };
  try {
    await client.query(`SELECT set_config('search_path', $1, false), set_config('synchronous_commit', 'off', false)`, [searchPath]);
  } catch (error) {
    await close();
    throw error;
  }
  return { runner, client, close };
}

export class ParallelWriters {
  private readonly running = new Set<Promise<void>>();

  private constructor(private readonly sessions: readonly Session[]) {}

  /** Takes `count` connections of `dataSource`'s pool, with `searchPath` (the generation's) set on each. */
  static async open(dataSource: DataSource, searchPath: string, count: number): Promise<ParallelWriters> {
    if (!Number.isSafeInteger(count) || count < 1) throw new RangeError(`a rebuild needs at least one writer, got ${count}`);
    const sessions: Session[] = [];
    try {
      for (let i = 0; i < count; i++) sessions.push(await openSession(dataSource, searchPath));
    } catch (error) {
      for (const session of sessions) await session.close();
      throw error;
    }
    return new ParallelWriters(sessions);
  }

  /**
   * Runs `writes` over the connections, each taking the next statement as soon as it is free, in
   * no particular order. Settles when all have ended; on a failure the statements not yet started
   * are skipped and the first error is thrown.
   */
  run(writes: readonly ParallelWrite[]): Promise<void> {
    const queue = [...writes];
    const errors: unknown[] = [];
    const worker = async (client: PoolClient) => {
      for (let write = queue.shift(); write !== undefined && errors.length === 0; write = queue.shift()) {
        try {
          await execute(client, write);
        } catch (error) {
          errors.push(write.kind === 'any' ? error : writeError(write, error));
        }
      }
    };
    const all = Promise.all(this.sessions.map(({ client }) => worker(client))).then(() => {
      if (errors.length > 0) throw errors[0];
    });
    const settled = all.then(
      () => undefined,
      () => undefined,
    );
    this.running.add(settled);
    void settled.then(() => this.running.delete(settled));
    return all;
  }

  /** Waits for the statements under way and gives the connections back. */
  async close(): Promise<void> {
    await Promise.all(this.running);
    for (const session of this.sessions) await session.close();
  }
}

function execute(client: PoolClient, write: ParallelWrite): Promise<unknown> {
  switch (write.kind) {
    case 'copy':
      return copyFrom(client, write.sql, write.data);
    case 'query':
    case 'any':
      return client.query(write.sql, [...write.params]);
    default:
      return assertNever(write);
  }
}
