// COPY … FROM STDIN as a rebuild writes its fresh rows: what goes in comes back out, whatever the
// text holds (the format's own separators, quotes and braces in arrays, NULLs), and a failing
// COPY fails its promise and leaves the connection usable.
import type { PoolClient } from 'pg';
import type { QueryRunner } from 'typeorm';
import type { Harness } from '../testing/harness';
import { openHarness } from '../testing/harness';
import { copyFrom, copyLines } from './copy-from';

let h: Harness;
let runner: QueryRunner;
let client: PoolClient;
beforeAll(async () => {
  h = await openHarness();
  runner = h.dataSource.createQueryRunner();
  client = await runner.connect();
  await client.query(`CREATE TEMP TABLE copied (id text PRIMARY KEY, note text, items text[] NOT NULL, amount bigint, done boolean NOT NULL)`);
});
afterAll(async () => {
  await runner.release();
  await h.close();
});

const columns = ['id', 'note', 'items', 'amount', 'done'];

it('copies every kind of column and text back unchanged', async () => {
  const records = [
    { id: 'a', note: '枫林街道\t康健\n第二行\r\\结尾', items: ['含,逗号', '{括号}', '"引号"', '反\\斜杠', ' 空格 ', '', 'NULL'], amount: 9_007_199_254_740, done: true },
    { id: 'b', note: null, items: [], amount: null, done: false },
    { id: 'c', note: '\\N', items: ['\t\n'], amount: -5, done: true },
  ];
  await copyFrom(client, `COPY copied (${columns.join(', ')}) FROM STDIN`, copyLines(columns, records));
  const { rows } = await client.query<{ id: string; note: string | null; items: string[]; amount: string | null; done: boolean }>(`SELECT * FROM copied ORDER BY id`);
  expect(rows.map((r) => ({ ...r, amount: r.amount === null ? null : Number(r.amount) }))).toEqual(records);
});

it('a COPY the server refuses rejects, and the connection goes on', async () => {
  await expect(copyFrom(client, `COPY copied (${columns.join(', ')}) FROM STDIN`, copyLines(columns, [{ id: 'a', note: '', items: [], amount: 1, done: true }]))).rejects.toMatchObject({
    code: '23505',
  });
  const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM copied`);
  expect(rows[0]?.n).toBe(3);
});
