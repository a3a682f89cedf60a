// 组织 org units. The whole tree is ONE aggregate (stream `orgchart-<uuid>`) so that "the parent
// exists and is not retired", "no cycles" and "no two siblings share a name" are decided in one place.
import type { CalendarDate } from '../shared/calendar-date';
import type { OrgUnitKind } from '../shared/org-unit-ref';
import type { Event } from '../shared/message';

export type OrgUnitRegistered = Event<'OrgUnitRegistered', {
  readonly orgUnitId: string;
  readonly name: string;
  readonly kind: OrgUnitKind;
  /** Absent for a root (a BUREAU 区局). */
  readonly parentId?: string;
}>;

export type OrgUnitRenamed = Event<'OrgUnitRenamed', { readonly orgUnitId: string; readonly name: string }>;

export type OrgUnitRetired = Event<'OrgUnitRetired', {
  readonly orgUnitId: string;
  readonly retiredOn?: CalendarDate;
  /** Why, for the history (e.g. 机构调整，并入康健支局); absent in events written before it was asked. */
  readonly reason?: string;
}>;

export type OrgChartEvent = OrgUnitRegistered | OrgUnitRenamed | OrgUnitRetired;

export const ORG_CHART_EVENT_TYPES = ['OrgUnitRegistered', 'OrgUnitRenamed', 'OrgUnitRetired'] as const satisfies readonly OrgChartEvent['type'][];
