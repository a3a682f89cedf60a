// 组织 org chart decider: the whole tree in one state, so tree-wide rules are checked atomically.
import type { CalendarDate } from '../shared/calendar-date';
import { deciderOf, ignoreEvent } from '../shared/decider';
import { compact } from '../shared/equality';
import { ConflictError, IllegalStateError, NotFoundError } from '../shared/errors';
import { ORG_UNIT_KIND_NAMES, ORG_UNIT_KINDS } from '../shared/org-unit-ref';
import type { OrgUnitKind, OrgUnitSnapshot } from '../shared/org-unit-ref';
import { FieldChecks, REASON_MAX } from '../shared/validation';
import type { OrgChartCommand, RegisterOrgUnit, RenameOrgUnit, RetireOrgUnit } from './org-chart.commands';
import type { OrgChartEvent, OrgUnitRegistered } from './org-chart.events';

export const ORG_UNIT_NAME_MAX = 100;

export interface OrgUnitNode {
  readonly id: string;
  readonly name: string;
  readonly kind: OrgUnitKind;
  readonly parentId?: string;
  readonly retired: boolean;
  readonly retiredOn?: CalendarDate;
  /** Kept to tell an idempotent repeat of the registration from a conflicting one. */
  readonly registered: OrgUnitRegistered['data'];
}

export type OrgChartState =
  | { readonly status: 'empty' }
  | { readonly status: 'charted'; readonly units: ReadonlyMap<string, OrgUnitNode> };

export const initialOrgChartState = (): OrgChartState => ({ status: 'empty' });

const unitsOf = (state: OrgChartState): ReadonlyMap<string, OrgUnitNode> => (state.status === 'charted' ? state.units : new Map());

function withUnit(state: OrgChartState, id: string, update: (node: OrgUnitNode | undefined) => OrgUnitNode | undefined): OrgChartState {
  const units = unitsOf(state);
  const next = update(units.get(id));
  if (next === undefined) return state;
  const copy = new Map(units);
  copy.set(id, next);
  return { status: 'charted', units: copy };
}

export function evolveOrgChart(state: OrgChartState, event: OrgChartEvent): OrgChartState {
  switch (event.type) {
    case 'OrgUnitRegistered': {
      const d = event.data;
      // Replays never throw: a duplicate registration in the log keeps the first one.
      return withUnit(state, d.orgUnitId, (existing) =>
        existing ?? compact({ id: d.orgUnitId, name: d.name, kind: d.kind, parentId: d.parentId, retired: false, registered: d }),
      );
    }
    case 'OrgUnitRenamed':
      return withUnit(state, event.data.orgUnitId, (node) => node && { ...node, name: event.data.name });
    case 'OrgUnitRetired':
      return withUnit(state, event.data.orgUnitId, (node) => node && compact({ ...node, retired: true, retiredOn: event.data.retiredOn }));
    default:
      // Unknown events (from a newer version) are ignored, never thrown on.
      return ignoreEvent(event, state);
  }
}

function activeSiblingWithName(state: OrgChartState, parentId: string | undefined, name: string, exceptId?: string): OrgUnitNode | undefined {
  for (const node of unitsOf(state).values()) {
    if (node.parentId === parentId && node.name === name && !node.retired && node.id !== exceptId) return node;
  }
  return undefined;
}

function register(command: RegisterOrgUnit, state: OrgChartState): OrgChartEvent[] {
  const checks = new FieldChecks();
  const orgUnitId = checks.id('orgUnitId', command.data.orgUnitId, { label: '组织编号' });
  const name = checks.text('name', command.data.name, { max: ORG_UNIT_NAME_MAX, label: '组织名称' });
  const kind = checks.oneOf('kind', command.data.kind, ORG_UNIT_KINDS, { label: '组织类型' });
  const rawParent = command.data.parentId;
  const parentId = rawParent === undefined || rawParent === null ? undefined : checks.id('parentId', rawParent, { label: '上级组织' });
  // Only a 区局 bureau may stand at the top of a tree; every other unit belongs somewhere.
  if (parentId === undefined && kind !== 'BUREAU') checks.add('parentId', `${ORG_UNIT_KIND_NAMES[kind]}须有上级组织，只有区局可以作为最上级`);
  checks.throwIfAny();

  const data: OrgUnitRegistered['data'] = compact({ orgUnitId, name, kind, parentId });
  const existing = unitsOf(state).get(orgUnitId);
  if (existing) {
    if (sameRegistration(existing.registered, data)) return [];
    throw new ConflictError(`组织 ${orgUnitId} 已按其他信息登记`);
  }
  if (parentId !== undefined) {
    // The id is new and the parent already exists, so a new unit can never close a cycle.
    const parent = unitsOf(state).get(parentId);
    if (!parent) throw new NotFoundError(`找不到上级组织 ${parentId}`);
    if (parent.retired) throw new IllegalStateError(`上级组织“${parent.name}”已撤销，不能在其下新建组织`);
  }
  if (activeSiblingWithName(state, parentId, name)) throw new ConflictError(`同一级已有名为“${name}”的组织`);
  return [{ type: 'OrgUnitRegistered', data }];
}

const sameRegistration = (a: OrgUnitRegistered['data'], b: OrgUnitRegistered['data']): boolean =>
  a.orgUnitId === b.orgUnitId && a.name === b.name && a.kind === b.kind && a.parentId === b.parentId;

function existingUnit(state: OrgChartState, id: string): OrgUnitNode {
  const node = unitsOf(state).get(id);
  if (!node) throw new NotFoundError(`找不到组织 ${id}`);
  return node;
}

function rename(command: RenameOrgUnit, state: OrgChartState): OrgChartEvent[] {
  const checks = new FieldChecks();
  const orgUnitId = checks.id('orgUnitId', command.data.orgUnitId, { label: '组织编号' });
  const name = checks.text('name', command.data.name, { max: ORG_UNIT_NAME_MAX, label: '组织名称' });
  checks.throwIfAny();
  const node = existingUnit(state, orgUnitId);
  if (node.retired) throw new IllegalStateError(`组织“${node.name}”已撤销，不能改名`);
  if (node.name === name) return [];
  if (activeSiblingWithName(state, node.parentId, name, node.id)) throw new ConflictError(`同一级已有名为“${name}”的组织`);
  return [{ type: 'OrgUnitRenamed', data: { orgUnitId, name } }];
}

function retire(command: RetireOrgUnit, state: OrgChartState): OrgChartEvent[] {
  const checks = new FieldChecks();
  const orgUnitId = checks.id('orgUnitId', command.data.orgUnitId, { label: '组织编号' });
  const retiredOn = checks.optionalDate('retiredOn', command.data.retiredOn, { label: '撤销日期' });
  const reason = checks.optionalText('reason', command.data.reason, { max: REASON_MAX, label: '撤销原因' });
  checks.throwIfAny();
  const node = existingUnit(state, orgUnitId);
  if (node.retired) throw new IllegalStateError(`组织“${node.name}”已经撤销`);
  // Retiring a parent under live children would break "the parent exists and is not retired".
  const liveChild = [...unitsOf(state).values()].find((n) => n.parentId === orgUnitId && !n.retired);
  if (liveChild) throw new IllegalStateError(`组织“${node.name}”下还有“${liveChild.name}”，请先撤销或移走它`);
  return [{ type: 'OrgUnitRetired', data: compact({ orgUnitId, retiredOn, reason }) }];
}

export const orgChartDecider = deciderOf<OrgChartState, OrgChartCommand, OrgChartEvent>(initialOrgChartState, evolveOrgChart, {
  RegisterOrgUnit: register,
  RenameOrgUnit: rename,
  RetireOrgUnit: retire,
});

// ---- Pure read helpers, used by the app to build snapshots and scope checks ----

/** Names from the root down to the unit, e.g. ['南区局', '康健支局']. Throws NotFoundError for an unknown id. */
export function orgUnitPath(state: OrgChartState, id: string): string[] {
  const units = unitsOf(state);
  const names: string[] = [];
  const seen = new Set<string>();
  let current = units.get(id);
  if (!current) throw new NotFoundError(`找不到组织 ${id}`);
  // `seen` bounds the walk even if a corrupt log ever produced a loop.
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    names.unshift(current.name);
    current = current.parentId === undefined ? undefined : units.get(current.parentId);
  }
  return names;
}

/** True when `id` is `ancestorId` itself or lies anywhere below it. */
export function isDescendantOrSelf(state: OrgChartState, ancestorId: string, id: string): boolean {
  const units = unitsOf(state);
  const seen = new Set<string>();
  let current = units.get(id);
  while (current && !seen.has(current.id)) {
    if (current.id === ancestorId) return true;
    seen.add(current.id);
    current = current.parentId === undefined ? undefined : units.get(current.parentId);
  }
  return false;
}

/**
 * Ids of every unit below `id` (not `id` itself), retired ones included: records made by a unit
 * that was later retired still count towards its ancestors' totals.
 */
export function descendantsOf(state: OrgChartState, id: string): string[] {
  const units = [...unitsOf(state).values()];
  const found: string[] = [];
  const queue = [id];
  const seen = new Set<string>([id]);
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const unit of units) {
      if (unit.parentId === next && !seen.has(unit.id)) {
        seen.add(unit.id);
        found.push(unit.id);
        queue.push(unit.id);
      }
    }
  }
  return found;
}

/** The snapshot other commands carry; undefined for an unknown id. */
export function orgUnitSnapshot(state: OrgChartState, id: string): OrgUnitSnapshot | undefined {
  const node = unitsOf(state).get(id);
  if (!node) return undefined;
  return { id: node.id, kind: node.kind, path: orgUnitPath(state, id), retired: node.retired };
}

/** Every unit, in registration order. */
export const orgUnitsOf = (state: OrgChartState): readonly OrgUnitNode[] => [...unitsOf(state).values()];
