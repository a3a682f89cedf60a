// A payload's look-alikes are asked for only when a request selects `warnings` or `lookAlikes`
// (look-alikes.ts), once for both.
import type { MiddlewareContext } from '@nestjs/graphql';
import type { LedgerQueries, LookAlike } from '@tracker/projections';
import { Ledgers } from '../ledgers/ledgers';
import type { ProjectionRuntime } from '../projections/projection-runtime';
import { askedLookAlikes, askedWarnings, NO_LOOK_ALIKES } from './look-alikes';

const context = {} as MiddlewareContext;
const found: LookAlike = { kind: 'activities', id: 'a-1', date: '2024-03-05', year: 2024, warning: '与已登记的志愿活动相似：2024-03-05“学雷锋”（地点 枫林，编号 a-1）。' };

it('the fields’ middleware takes the lazy value or what the default resolver made of it, and says it as each field does', async () => {
  const lazy = () => Promise.resolve([found]);
  for (const value of [lazy, [found]]) {
    expect(await askedWarnings(context, () => Promise.resolve(value))).toEqual([found.warning]);
    expect(await askedLookAlikes(context, () => Promise.resolve(value))).toEqual([{ kind: 'VOLUNTEER_ACTIVITY', recordId: 'a-1', date: '2024-03-05', year: 2024, warning: found.warning }]);
  }
  expect(await askedWarnings(context, () => Promise.resolve(NO_LOOK_ALIKES))).toEqual([]);
  expect(await askedLookAlikes(context, () => Promise.resolve(NO_LOOK_ALIKES))).toEqual([]);
});

it('a written record asks the ledgers nothing until its look-alikes are asked for, then once however often', async () => {
  const asked: string[] = [];
  const ledgers = new Ledgers({} as ProjectionRuntime);
  Object.defineProperty(ledgers, 'queries', {
    value: { lookAlikesOf: (_candidate: unknown, ownId: string) => (asked.push(ownId), Promise.resolve([{ ...found, warning: `像 ${ownId}` }])) } as unknown as LedgerQueries,
  });
  const row = { id: 'r-1', organizerId: 'u-1', startDate: '2024-03-05', endDate: '2024-03-05', title: '学雷锋', site: '枫林路营业厅', voided: false };
  const lookAlikes = ledgers.lookAlikesOf({ kind: 'activities', row } as Parameters<Ledgers['lookAlikesOf']>[0]);
  expect(asked).toEqual([]);
  expect((await lookAlikes()).map((l) => l.warning)).toEqual(['像 r-1']);
  expect((await lookAlikes()).map((l) => l.warning)).toEqual(['像 r-1']);
  expect(asked).toEqual(['r-1']);
});
