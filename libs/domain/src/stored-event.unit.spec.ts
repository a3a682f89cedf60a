import type { ReliefGranted } from './relief-grant/relief-grant.events';
import type { EventUpcaster } from './stored-event';
import { EVENT_UPCASTERS, toDomainEvent, toTrackerEvent, upcastStoredEvent } from './stored-event';

// A sample history of one event type: v1 stored yuan as a number and had no category; v2 renamed
// the amount to fen; the current `ReliefGranted` added `category`, which old grants lack.
const SAMPLE_UPCASTERS: readonly EventUpcaster[] = [
  {
    from: 'ReliefGranted.v1',
    upcast: ({ amountYuan, ...rest }) => ({ type: 'ReliefGranted.v2', data: { ...rest, amountFen: Math.round(Number(amountYuan) * 100) } }),
  },
  { from: 'ReliefGranted.v2', upcast: (data) => ({ type: 'ReliefGranted', data }) },
  { from: 'ReliefGranted', upcast: (data) => ({ type: 'ReliefGranted', data: { category: 'OTHER', ...data } }) },
];

const current: ReliefGranted = {
  type: 'ReliefGranted',
  data: { grantId: 'g1', unionId: 'u1', unionPath: ['工会'], grantedOn: '2023-01-18', amountFen: 50000, personTimes: 2, category: 'SERIOUS_ILLNESS' },
};
const { amountFen: _fen, category: _category, ...v2Fields } = current.data;

describe('toDomainEvent', () => {
  it('passes a current event through unchanged', () => {
    expect(toDomainEvent(current)).toEqual(current);
    expect(toDomainEvent(current, SAMPLE_UPCASTERS)).toEqual(current);
  });

  it('says so for a type that is not the domain’s', () => {
    expect(toDomainEvent({ type: 'SomethingElse', data: {} })).toBeUndefined();
    expect(toDomainEvent({ type: 'ReliefGranted.v1', data: { amountYuan: 500 } })).toBeUndefined();
  });

  it('upcasts an old type through every later shape, oldest first', () => {
    const v1 = { type: 'ReliefGranted.v1', data: { ...v2Fields, amountYuan: 500 } };
    expect(upcastStoredEvent(v1, SAMPLE_UPCASTERS.slice(0, 1))).toEqual({ type: 'ReliefGranted.v2', data: { ...v2Fields, amountFen: 50000 } });
    expect(toDomainEvent(v1, SAMPLE_UPCASTERS)).toEqual({ type: 'ReliefGranted', data: { ...v2Fields, amountFen: 50000, category: 'OTHER' } });
  });

  it('fills a field added since, and leaves one that is there alone', () => {
    const old = { type: 'ReliefGranted', data: { ...v2Fields, amountFen: 50000 } };
    expect(toDomainEvent(old, SAMPLE_UPCASTERS)?.data).toEqual({ ...v2Fields, amountFen: 50000, category: 'OTHER' });
    expect(toDomainEvent(current, SAMPLE_UPCASTERS)?.data).toMatchObject({ category: 'SERIOUS_ILLNESS' });
  });

  it('never changes the stored record it reads', () => {
    const stored = { type: 'ReliefGranted.v1', data: { ...v2Fields, amountYuan: 500 } };
    const copy = structuredClone(stored);
    toDomainEvent(stored, SAMPLE_UPCASTERS);
    expect(stored).toEqual(copy);
  });

  it('the tracker has no upcaster yet: every stored shape is current', () => {
    expect(EVENT_UPCASTERS).toEqual([]);
  });

  it('knows the accounts’ events for the write side’s fold, which are no projection’s', () => {
    const created = { type: 'AccountCreated', data: { accountId: 'a', username: 'li.si', displayName: '李四', roles: ['RECORDER'], orgUnitIds: [] } };
    expect(toTrackerEvent(created)).toEqual(created);
    expect(toDomainEvent(created)).toBeUndefined();
    expect(toTrackerEvent(current)).toEqual(toDomainEvent(current));
    expect(toTrackerEvent({ type: 'SomethingElse', data: {} })).toBeUndefined();
  });
});
