import type { OrgUnitKind } from '../../gql/graphql';
import { generateOneTimePassword, ONE_TIME_PASSWORD_LENGTH } from './one-time-password';
import { liveChildren, namesById, orgTree, type OrgTreeNode, type OrgUnitRow } from './org-tree';
import { checkpointPosition, projectionLabel, projectionStateLabel, rebuildPercent } from './projection-progress';

const unit = (id: string, name: string, kind: OrgUnitKind, parentId: string | null, retired = false): OrgUnitRow => ({ id, name, kind, parentId, path: [name], retired, retiredOn: null });

const UNITS: readonly OrgUnitRow[] = [
  unit('b', '南区局', 'BUREAU', null),
  unit('d', '公众客户部', 'DEPARTMENT', 'b'),
  unit('k', '康健支局', 'SUB_BUREAU', 'd'),
  unit('h', '康健路营业厅', 'SERVICE_HALL', 'k', true),
  unit('u', '南区局工会', 'UNION', 'b'),
];

const shape = (nodes: readonly OrgTreeNode[]): unknown[] => nodes.map((node) => (node.children.length ? { [node.unit.name]: shape(node.children) } : node.unit.name));

describe('the org chart as a tree', () => {
  it('nests each unit under its parent, in the order the server gave', () => {
    expect(shape(orgTree(UNITS))).toEqual([{ 南区局: [{ 公众客户部: [{ 康健支局: ['康健路营业厅'] }] }, '南区局工会'] }]);
  });

  it('starts from the top of a scope when the parents are not in the list', () => {
    expect(shape(orgTree(UNITS.slice(2)))).toEqual([{ 康健支局: ['康健路营业厅'] }, '南区局工会']);
  });

  it('ends a loop in a malformed answer instead of recursing for ever', () => {
    expect(shape(orgTree([unit('x', '甲', 'STUDIO', 'y'), unit('y', '乙', 'STUDIO', 'x')]))).toEqual([]);
  });

  it('knows which units still have live units under them, and their names', () => {
    expect(liveChildren(UNITS, 'b').map((u) => u.name)).toEqual(['公众客户部', '南区局工会']);
    expect(liveChildren(UNITS, 'k')).toEqual([]);
    expect(namesById(UNITS).get('k')).toBe('康健支局');
  });
});

describe('a one-time password', () => {
  it('has 16 characters from an alphabet without the ones people confuse', () => {
    const password = generateOneTimePassword();
    expect(password).toHaveLength(ONE_TIME_PASSWORD_LENGTH);
    expect(password).toMatch(/^[A-HJ-NP-Za-km-z2-9]+$/);
  });

  it('takes each character from the random source', () => {
    expect(generateOneTimePassword((values) => values.fill(0))).toBe('A'.repeat(16));
    expect(generateOneTimePassword((values) => values.fill(56))).toBe('9'.repeat(16));
    expect(generateOneTimePassword((values) => values.fill(57))).toBe('A'.repeat(16));
  });
});

describe('the projection status, as a person reads it', () => {
  it('names states and projections in Chinese, and keeps what it does not know', () => {
    expect(['RUNNING', 'REBUILDING', 'STOPPED', 'FAILED', 'PAUSED'].map(projectionStateLabel)).toEqual(['运行中', '重建中', '已停止', '出错', 'PAUSED']);
    expect(projectionLabel('community_responsibility')).toBe('社区责任统计');
  });

  it('shows the position of a checkpoint', () => {
    expect(checkpointPosition('1234:274')).toBe('274');
  });

  it('measures a rebuild by how much of the log its new generation has applied', () => {
    const rebuilding = (lag: number) => ({ generation: 2, checkpoint: '1:0', lag, state: 'REBUILDING' });
    expect(rebuildPercent({ headPosition: '400', rebuilding: null })).toBeUndefined();
    expect(rebuildPercent({ headPosition: '400', rebuilding: rebuilding(400) })).toBe(0);
    expect(rebuildPercent({ headPosition: '400', rebuilding: rebuilding(100) })).toBe(75);
    expect(rebuildPercent({ headPosition: '400', rebuilding: rebuilding(0) })).toBe(100);
    expect(rebuildPercent({ headPosition: '0', rebuilding: rebuilding(0) })).toBe(100);
  });
});
