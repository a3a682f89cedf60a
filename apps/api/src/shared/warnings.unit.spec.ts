// A payload's warnings are asked for only when a request selects them (warnings.ts).
import type { MiddlewareContext } from '@nestjs/graphql';
import type { LedgerQueries } from '@tracker/projections';
import { Ledgers } from '../ledgers/ledgers';
import type { ProjectionRuntime } from '../projections/projection-runtime';
import { askedWarnings, NO_WARNINGS } from './warnings';

const context = {} as MiddlewareContext;

it('the field middleware calls a lazy value and passes a list through', async () => {
  expect(await askedWarnings(context, () => Promise.resolve(() => Promise.resolve(['与已登记的志愿活动相似'])))).toEqual(['与已登记的志愿活动相似']);
  expect(await askedWarnings(context, () => Promise.resolve(['已是列表']))).toEqual(['已是列表']);
  expect(await askedWarnings(context, () => Promise.resolve(NO_WARNINGS))).toEqual([]);
});

it('a written record asks the ledgers nothing until its warnings are asked for, then once however often', async () => {
  const asked: string[] = [];
  const ledgers = new Ledgers({} as ProjectionRuntime);
  Object.defineProperty(ledgers, 'queries', {
    value: { duplicateWarnings: (_candidate: unknown, ownId: string) => (asked.push(ownId), Promise.resolve([`像 ${ownId}`])) } as unknown as LedgerQueries,
  });
  const row = { id: 'r-1', organizerId: 'u-1', startDate: '2024-03-05', endDate: '2024-03-05', title: '学雷锋', site: '枫林路营业厅', voided: false };
  const warnings = ledgers.warningsOf({ kind: 'activities', row } as Parameters<Ledgers['warningsOf']>[0]);
  expect(asked).toEqual([]);
  expect(await warnings()).toEqual(['像 r-1']);
  expect(await warnings()).toEqual(['像 r-1']);
  expect(asked).toEqual(['r-1']);
});
