// 街道 list decider: setting the list writes one event per name added or removed, so the history
// says exactly what each change was; setting it to what it already is writes nothing.
import { deciderOf, ignoreEvent } from '../shared/decider';
import { SUBDISTRICT_NAME_MAX, subdistrictName } from '../shared/subdistrict';
import { FieldChecks } from '../shared/validation';
import type { SetSubdistricts, SubdistrictListCommand } from './subdistrict-list.commands';
import type { SubdistrictListEvent } from './subdistrict-list.events';

/** Shanghai's districts have at most a few dozen 街道 and 镇 each; this is far above any of them. */
export const SUBDISTRICT_LIST_MAX = 200;

export type SubdistrictListState =
  | { readonly status: 'none' }
  /** `names` in the order they were added: the order people see them in. */
  | { readonly status: 'kept'; readonly names: readonly string[] };

export const initialSubdistrictListState = (): SubdistrictListState => ({ status: 'none' });

/** The names of the list; empty when none is kept, and then any 街道 is taken. */
export const knownSubdistricts = (state: SubdistrictListState): readonly string[] => (state.status === 'kept' ? state.names : []);

const withNames = (names: readonly string[]): SubdistrictListState => (names.length === 0 ? { status: 'none' } : { status: 'kept', names });

export function evolveSubdistrictList(state: SubdistrictListState, event: SubdistrictListEvent): SubdistrictListState {
  const names = knownSubdistricts(state);
  switch (event.type) {
    case 'SubdistrictAdded':
      return names.includes(event.data.name) ? state : withNames([...names, event.data.name]);
    case 'SubdistrictRemoved':
      return names.includes(event.data.name) ? withNames(names.filter((name) => name !== event.data.name)) : state;
    default:
      return ignoreEvent(event, state);
  }
}

function set(command: SetSubdistricts, state: SubdistrictListState): SubdistrictListEvent[] {
  const checks = new FieldChecks();
  const texts = checks.textList('names', command.data.names, { maxItems: SUBDISTRICT_LIST_MAX, maxLength: SUBDISTRICT_NAME_MAX, label: '街道名单' });
  checks.throwIfAny();
  // 枫林 and 枫林街道 are one entry: a list that names both names it twice.
  const wanted: string[] = [];
  texts.forEach((text, index) => {
    const name = subdistrictName(text);
    if (wanted.includes(name)) checks.add(`names[${index}]`, `街道名单中“${text}”与“${name}”是同一个街道，只填一次`);
    else wanted.push(name);
  });
  checks.throwIfAny();
  const current = knownSubdistricts(state);
  return [
    ...current.filter((name) => !wanted.includes(name)).map((name): SubdistrictListEvent => ({ type: 'SubdistrictRemoved', data: { name } })),
    ...wanted.filter((name) => !current.includes(name)).map((name): SubdistrictListEvent => ({ type: 'SubdistrictAdded', data: { name } })),
  ];
}

export const subdistrictListDecider = deciderOf<SubdistrictListState, SubdistrictListCommand, SubdistrictListEvent>(initialSubdistrictListState, evolveSubdistrictList, {
  SetSubdistricts: set,
});
