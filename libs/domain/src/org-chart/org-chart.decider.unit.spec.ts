import { ConflictError, IllegalStateError, NotFoundError, ValidationError } from '../shared/errors';
import type { OrgUnitKind } from '../shared/org-unit-ref';
import { given, issueOn, uuid } from '../testing/given-when-then';
import type { OrgChartCommand } from './org-chart.commands';
import {
  descendantsOf,
  isDescendantOrSelf,
  orgChartDecider,
  orgUnitPath,
  orgUnitSnapshot,
} from './org-chart.decider';
import type { OrgChartEvent } from './org-chart.events';

// 组织 org chart: 南区局 bureau → 康健支局 sub-bureau → 康健工会 union
const BUREAU = uuid(1);
const KANGJIAN = uuid(2);
const UNION = uuid(3);
const NEW_UNIT = uuid(9);

const registered = (orgUnitId: string, name: string, kind: OrgUnitKind, parentId?: string): OrgChartEvent => ({
  type: 'OrgUnitRegistered',
  data: parentId === undefined ? { orgUnitId, name, kind } : { orgUnitId, name, kind, parentId },
});
const retired = (orgUnitId: string, retiredOn?: string, reason?: string): OrgChartEvent => ({
  type: 'OrgUnitRetired',
  data: { orgUnitId, ...(retiredOn === undefined ? {} : { retiredOn }), ...(reason === undefined ? {} : { reason }) },
});
const register = (data: Partial<{ orgUnitId: string; name: string; kind: OrgUnitKind; parentId: string | null }> = {}): OrgChartCommand => ({
  type: 'RegisterOrgUnit',
  data: { orgUnitId: NEW_UNIT, name: '衡复支局', kind: 'SUB_BUREAU', parentId: BUREAU, ...data },
});
const rename = (orgUnitId: string, name: string): OrgChartCommand => ({ type: 'RenameOrgUnit', data: { orgUnitId, name } });
const retire = (orgUnitId: string, retiredOn?: string, reason?: string | null): OrgChartCommand => ({ type: 'RetireOrgUnit', data: { orgUnitId, retiredOn, reason } });

const tree: OrgChartEvent[] = [
  registered(BUREAU, '南区局', 'BUREAU'),
  registered(KANGJIAN, '康健支局', 'SUB_BUREAU', BUREAU),
  registered(UNION, '康健工会', 'UNION', KANGJIAN),
];
const state = (events: OrgChartEvent[]) => events.reduce(orgChartDecider.evolve, orgChartDecider.initialState());

describe('OrgChart: RegisterOrgUnit', () => {
  it('registers a root bureau', () => {
    given(orgChartDecider).when(register({ orgUnitId: BUREAU, name: ' 南区局 ', kind: 'BUREAU', parentId: null })).then([registered(BUREAU, '南区局', 'BUREAU')]);
  });

  it('registers a unit under an active parent, trimming the name', () => {
    given(orgChartDecider, tree).when(register({ name: '  衡复支局 ' })).then([registered(NEW_UNIT, '衡复支局', 'SUB_BUREAU', BUREAU)]);
  });

  it('is a no-op when the same registration is repeated', () => {
    given(orgChartDecider, tree).when(register({ orgUnitId: KANGJIAN, name: '康健支局' })).then([]);
  });

  it('rejects the same id with different details', () => {
    given(orgChartDecider, tree).when(register({ orgUnitId: KANGJIAN, name: '康健支局二' })).thenThrows(ConflictError);
  });

  it('rejects a non-bureau root', () => {
    given(orgChartDecider).when(register({ parentId: null })).thenThrows(ValidationError, issueOn('parentId'));
  });

  it('rejects an unknown parent', () => {
    given(orgChartDecider, tree).when(register({ parentId: uuid(77) })).thenThrows(NotFoundError);
  });

  it('rejects a retired parent', () => {
    const history = [...tree, registered(uuid(5), '老支局', 'SUB_BUREAU', BUREAU), retired(uuid(5))];
    given(orgChartDecider, history).when(register({ parentId: uuid(5) })).thenThrows(IllegalStateError);
  });

  it('rejects a sibling with the same name', () => {
    given(orgChartDecider, tree).when(register({ name: '康健支局' })).thenThrows(ConflictError);
  });

  it('allows reusing the name of a retired sibling', () => {
    const history = [...tree, registered(uuid(5), '衡复支局', 'SUB_BUREAU', BUREAU), retired(uuid(5))];
    given(orgChartDecider, history).when(register()).then([registered(NEW_UNIT, '衡复支局', 'SUB_BUREAU', BUREAU)]);
  });

  it('allows the same name under different parents', () => {
    given(orgChartDecider, tree).when(register({ name: '康健工会', kind: 'UNION' })).then([registered(NEW_UNIT, '康健工会', 'UNION', BUREAU)]);
  });

  it('cannot create a cycle: a unit cannot be its own parent', () => {
    given(orgChartDecider, tree).when(register({ parentId: NEW_UNIT })).thenThrows(NotFoundError);
  });

  it('lists every bad field at once', () => {
    given(orgChartDecider)
      .when(register({ orgUnitId: 'x', name: ' ', kind: 'TEAM' as OrgUnitKind }))
      .thenThrows(ValidationError, { issues: [expect.objectContaining({ field: 'orgUnitId' }), expect.objectContaining({ field: 'name' }), expect.objectContaining({ field: 'kind' })] });
  });

  it('caps the name length', () => {
    given(orgChartDecider, tree).when(register({ name: '长'.repeat(101) })).thenThrows(ValidationError, issueOn('name'));
  });
});

describe('OrgChart: RenameOrgUnit', () => {
  it('renames', () => {
    given(orgChartDecider, tree).when(rename(KANGJIAN, '康健新支局')).then([{ type: 'OrgUnitRenamed', data: { orgUnitId: KANGJIAN, name: '康健新支局' } }]);
  });
  it('is a no-op for the current name', () => {
    given(orgChartDecider, tree).when(rename(KANGJIAN, ' 康健支局')).then([]);
  });
  it('rejects an unknown unit', () => {
    given(orgChartDecider, tree).when(rename(uuid(77), 'x')).thenThrows(NotFoundError);
  });
  it('rejects a retired unit', () => {
    given(orgChartDecider, [...tree, retired(UNION)]).when(rename(UNION, '新工会')).thenThrows(IllegalStateError);
  });
  it('rejects a name a sibling already has', () => {
    given(orgChartDecider, [...tree, registered(NEW_UNIT, '衡复支局', 'SUB_BUREAU', BUREAU)]).when(rename(NEW_UNIT, '康健支局')).thenThrows(ConflictError);
  });
  it('rejects a blank name', () => {
    given(orgChartDecider, tree).when(rename(KANGJIAN, '  ')).thenThrows(ValidationError, issueOn('name'));
  });
});

describe('OrgChart: RetireOrgUnit', () => {
  it('retires a leaf unit', () => {
    given(orgChartDecider, tree).when(retire(UNION, '2023-12-31')).then([retired(UNION, '2023-12-31')]);
  });
  it('retires without a date', () => {
    given(orgChartDecider, tree).when(retire(UNION)).then([retired(UNION)]);
  });
  it('rejects retiring twice', () => {
    given(orgChartDecider, [...tree, retired(UNION)]).when(retire(UNION)).thenThrows(IllegalStateError);
  });
  it('rejects a unit that still has live children', () => {
    given(orgChartDecider, tree).when(retire(KANGJIAN)).thenThrows(IllegalStateError);
  });
  it('rejects an unknown unit', () => {
    given(orgChartDecider, tree).when(retire(uuid(77))).thenThrows(NotFoundError);
  });
  it('rejects a bad date', () => {
    given(orgChartDecider, tree).when(retire(UNION, '2023-02-30')).thenThrows(ValidationError, issueOn('retiredOn'));
  });
  it('keeps the reason, trimmed, for the history', () => {
    given(orgChartDecider, tree).when(retire(UNION, '2023-12-31', '  机构调整，并入南区局工会 ')).then([retired(UNION, '2023-12-31', '机构调整，并入南区局工会')]);
  });
  it('takes a blank or missing reason as none given', () => {
    given(orgChartDecider, tree).when(retire(UNION, '2023-12-31', '   ')).then([retired(UNION, '2023-12-31')]);
    given(orgChartDecider, tree).when(retire(UNION, '2023-12-31', null)).then([retired(UNION, '2023-12-31')]);
  });
  it('caps the reason at 500 characters', () => {
    given(orgChartDecider, tree).when(retire(UNION, '2023-12-31', '因'.repeat(501))).thenThrows(ValidationError, issueOn('reason'));
  });
  it('lists a bad date and a bad reason at once', () => {
    given(orgChartDecider, tree)
      .when(retire(UNION, '2023-13-01', '因'.repeat(501)))
      .thenThrows(ValidationError, { issues: [expect.objectContaining({ field: 'retiredOn' }), expect.objectContaining({ field: 'reason' })] });
  });
});

describe('OrgChart helpers', () => {
  const s = state([...tree, { type: 'OrgUnitRenamed', data: { orgUnitId: KANGJIAN, name: '康健新支局' } }]);

  it('gives the path from the root with current names', () => {
    expect(orgUnitPath(s, UNION)).toEqual(['南区局', '康健新支局', '康健工会']);
    expect(() => orgUnitPath(s, uuid(77))).toThrow(NotFoundError);
  });
  it('tells descendants', () => {
    expect(isDescendantOrSelf(s, BUREAU, UNION)).toBe(true);
    expect(isDescendantOrSelf(s, UNION, UNION)).toBe(true);
    expect(isDescendantOrSelf(s, UNION, BUREAU)).toBe(false);
    expect(descendantsOf(s, BUREAU)).toEqual([KANGJIAN, UNION]);
    expect(descendantsOf(s, UNION)).toEqual([]);
  });
  it('builds a snapshot', () => {
    expect(orgUnitSnapshot(s, KANGJIAN)).toEqual({ id: KANGJIAN, kind: 'SUB_BUREAU', path: ['南区局', '康健新支局'], retired: false });
    expect(orgUnitSnapshot(s, uuid(77))).toBeUndefined();
  });
  it('ignores a duplicate registration in the log instead of throwing', () => {
    expect(() => state([...tree, registered(UNION, 'other', 'UNION', BUREAU)])).not.toThrow();
    expect(orgUnitPath(state([...tree, registered(UNION, 'other', 'UNION', BUREAU)]), UNION)).toEqual(['南区局', '康健支局', '康健工会']);
  });
});
