import { eventDataOf, isJsonObject } from './json-data';

describe('event data as the store takes it', () => {
  it('passes plain JSON through as it is', () => {
    const data = { activityId: 'a', personTimes: 4, serviceItems: ['反诈骗宣传'], charitySales: { amountFen: 56000 }, agreementId: null, voided: false };
    expect(eventDataOf({ type: 'VolunteerActivityRecorded', data })).toBe(data);
  });

  it('takes an undefined property as absent, as JSON text does', () => {
    expect(isJsonObject({ subdistrict: undefined, site: '枫林' })).toBe(true);
  });

  it.each([
    ['a Map', { donations: new Map() }],
    ['a Date', { recordedAt: new Date(0) }],
    ['a bigint', { position: 1n }],
    ['NaN', { hours: Number.NaN }],
    ['a function', { when: () => 1 }],
    ['an undefined list entry', { items: [undefined] }],
  ])('refuses data holding %s: a decider bug, caught before anything is written', (_name, data) => {
    expect(() => eventDataOf({ type: 'SomethingRecorded', data })).toThrow('SomethingRecorded carries data that is not plain JSON');
  });
});
