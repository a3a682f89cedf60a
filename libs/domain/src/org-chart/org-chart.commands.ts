// 组织 org-chart commands. Ids are chosen by the app; the domain never makes them up.
import type { OrgUnitKind } from '../shared/org-unit-ref';
import type { Command } from '../shared/message';

export type RegisterOrgUnit = Command<'RegisterOrgUnit', { readonly orgUnitId: string; readonly name: string; readonly kind: OrgUnitKind; readonly parentId?: string | null }>;

export type RenameOrgUnit = Command<'RenameOrgUnit', { readonly orgUnitId: string; readonly name: string }>;

export type RetireOrgUnit = Command<'RetireOrgUnit', { readonly orgUnitId: string; readonly retiredOn?: string | null; readonly reason?: string | null }>;

export type OrgChartCommand = RegisterOrgUnit | RenameOrgUnit | RetireOrgUnit;
