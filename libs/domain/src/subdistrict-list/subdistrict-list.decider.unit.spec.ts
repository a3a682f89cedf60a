import { ValidationError } from '../shared/errors';
import { given, issueOn } from '../testing/given-when-then';
import type { SubdistrictListCommand } from './subdistrict-list.commands';
import { knownSubdistricts, SUBDISTRICT_LIST_MAX, subdistrictListDecider as decider } from './subdistrict-list.decider';
import type { SubdistrictListEvent } from './subdistrict-list.events';

const set = (names: readonly unknown[]): SubdistrictListCommand => ({ type: 'SetSubdistricts', data: { names: names as string[] } });
const added = (name: string): SubdistrictListEvent => ({ type: 'SubdistrictAdded', data: { name } });
const removed = (name: string): SubdistrictListEvent => ({ type: 'SubdistrictRemoved', data: { name } });

describe('SubdistrictList: SetSubdistricts', () => {
  it('keeps a first list, each 街道 by its one name, canonical', () => {
    given(decider).when(set(['枫林街道', ' 湖南 ', '华泾镇', '天\u200b平'])).then([added('枫林'), added('湖南'), added('华泾'), added('天平')]);
  });

  it('writes what changed: names removed, then names added', () => {
    given(decider, [added('枫林'), added('湖南')]).when(set(['枫林', '天平'])).then([removed('湖南'), added('天平')]);
  });

  it('is a no-op when the list is already so, whatever forms the names are written in', () => {
    given(decider, [added('枫林'), added('湖南')]).when(set(['湖南街道', '枫林'])).then([]);
  });

  it('an empty list keeps none any more: every 街道 is taken again', () => {
    const history = [added('枫林'), added('湖南')];
    given(decider, history).when(set([])).then([removed('枫林'), removed('湖南')]);
    const state = [...history, removed('枫林'), removed('湖南')].reduce(decider.evolve, decider.initialState());
    expect(state).toEqual({ status: 'none' });
    expect(knownSubdistricts(state)).toEqual([]);
  });

  it('refuses a 街道 named twice, in the same or another form', () => {
    given(decider)
      .when(set(['枫林', '枫林街道']))
      .thenThrows(ValidationError, { issues: [{ field: 'names[1]', message: '街道名单中“枫林街道”与“枫林”是同一个街道，只填一次' }] });
    given(decider).when(set(['枫林', '枫林\u200b'])).thenThrows(ValidationError, issueOn('names[1]'));
  });

  it('refuses blank, over-long and too many names, and what is not a list', () => {
    given(decider).when(set(['枫林', '\u200b'])).thenThrows(ValidationError, issueOn('names[1]'));
    given(decider).when(set(['枫'.repeat(51)])).thenThrows(ValidationError, issueOn('names[0]'));
    given(decider)
      .when(set(Array.from({ length: SUBDISTRICT_LIST_MAX + 1 }, (_, i) => `街道${i}号`)))
      .thenThrows(ValidationError, issueOn('names'));
    given(decider).when({ type: 'SetSubdistricts', data: { names: '枫林' as unknown as string[] } }).thenThrows(ValidationError, issueOn('names'));
  });
});

describe('SubdistrictList: evolve', () => {
  it('keeps the names in the order they were added, and ignores a repeat or the removal of an unknown name', () => {
    const state = [added('枫林'), added('湖南'), added('枫林'), removed('天平'), removed('枫林'), added('枫林')].reduce(decider.evolve, decider.initialState());
    expect(knownSubdistricts(state)).toEqual(['湖南', '枫林']);
  });
});
