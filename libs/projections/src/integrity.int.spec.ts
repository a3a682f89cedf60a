// The projector does not look up a row an event creates (it cannot exist yet). A log that creates
// the same record twice must then stop the projection with a clear error, never overwrite the row
// or count it twice.
import { openHarness } from './testing/harness';
import { appendAll, newId, orgUnit, reliefGrant, toNewEvent } from './testing/test-events';

it.each([
  ['in a later batch', 1],
  ['in the same batch', 50],
])('a record created twice (%s) stops the projection FAILED, counted once', async (_case, batchSize) => {
  const h = await openHarness();
  try {
    const union = newId();
    const grant = reliefGrant(union, { grantedOn: '2022-03-01', amountFen: 500_00, personTimes: 1 });
    const projector = h.projector({ batchSize });
    await appendAll(h.store, [orgUnit(union, '工会', 'UNION')]);
    // The same grant id recorded again (the decider never does this): in a later append, or in the
    // same append as the original, which makes both visible to the projector at once.
    let last;
    if (batchSize === 1) {
      const first = await appendAll(h.store, [grant]);
      await projector.catchUp(first?.lastPosition);
      expect((await h.queries.section(2022, [union])).charity.relief).toEqual({ personTimes: 1, amount: '500.00' });
      last = await h.store.appendToStream(`reliefgrant-${newId()}`, [toNewEvent(grant)], { expectedVersion: 'any' });
    } else {
      last = await h.store.appendToStream(`reliefgrant-${newId()}`, [toNewEvent(grant), toNewEvent(grant)], { expectedVersion: 'any' });
    }
    // `until`: on a busy server the event may become visible to log readers a moment later.
    await expect(projector.catchUp(last.lastPosition)).rejects.toThrow(/帮困记录.*已经存在（日志把同一条记录登记了两次）$/);
    const status = await projector.status();
    expect(status.state).toBe('FAILED');
    expect(status.lastError).toMatch(/^位置 \d+:\d+ .*帮困记录.*已经存在（日志把同一条记录登记了两次）$/);
    const expected = batchSize === 1 ? { personTimes: 1, amount: '500.00' } : { personTimes: 0, amount: '0.00' };
    expect((await h.queries.section(2022, [union])).charity.relief).toEqual(expected);
  } finally {
    await h.close();
  }
});
