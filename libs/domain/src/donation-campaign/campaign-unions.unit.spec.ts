import type { OrgChartEvent } from '../org-chart/org-chart.events';
import { orgChartDecider } from '../org-chart/org-chart.decider';
import type { OrgUnitKind } from '../shared/org-unit-ref';
import { uuid } from '../testing/given-when-then';
import { campaignUnionIds } from './campaign-unions';

const BUREAU = uuid(1);
const BUREAU_UNION = uuid(2);
const ZONGHE = uuid(3);
const ZONGHE_UNION = uuid(4);
const NETWORK = uuid(5);
const NETWORK_UNION = uuid(6);
const OLD_UNION = uuid(7);
const KANGJIAN = uuid(8);
const NORTH = uuid(9);
const NORTH_UNION = uuid(10);

const registered = (orgUnitId: string, name: string, kind: OrgUnitKind, parentId?: string): OrgChartEvent => ({
  type: 'OrgUnitRegistered',
  data: parentId === undefined ? { orgUnitId, name, kind } : { orgUnitId, name, kind, parentId },
});
const chart = [
  registered(BUREAU, '南区局', 'BUREAU'),
  registered(BUREAU_UNION, '南区局工会', 'UNION', BUREAU),
  registered(ZONGHE, '综合部', 'DEPARTMENT', BUREAU),
  registered(ZONGHE_UNION, '综合部工会', 'UNION', ZONGHE),
  registered(NETWORK, '网络部', 'DEPARTMENT', BUREAU),
  registered(NETWORK_UNION, '网络部工会', 'UNION', NETWORK),
  registered(OLD_UNION, '原工会', 'UNION', NETWORK),
  { type: 'OrgUnitRetired', data: { orgUnitId: OLD_UNION, retiredOn: '2023-01-01' } } satisfies OrgChartEvent,
  registered(KANGJIAN, '康健支局', 'SUB_BUREAU', BUREAU),
  registered(NORTH, '北区局', 'BUREAU'),
  registered(NORTH_UNION, '北区局工会', 'UNION', NORTH),
].reduce(orgChartDecider.evolve, orgChartDecider.initialState());

describe('campaignUnionIds: the 部门工会 a 爱心一日捐 campaign expects', () => {
  it('are the live unions under the organizer’s parent, the organizer and other bureaus left out', () => {
    expect(campaignUnionIds(chart, BUREAU_UNION)).toEqual([ZONGHE_UNION, NETWORK_UNION]);
  });

  it('are the unions under a department union’s own department when it organizes', () => {
    expect(campaignUnionIds(chart, ZONGHE_UNION)).toEqual([]);
    expect(campaignUnionIds(chart, NETWORK_UNION)).toEqual([]);
  });

  it('is nothing for an unknown organizer', () => {
    expect(campaignUnionIds(chart, uuid(99))).toEqual([]);
  });
});
