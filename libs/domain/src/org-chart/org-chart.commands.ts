// 组织 org-chart commands. Ids are chosen by the app; the domain never makes them up.
import type { OrgUnitKind } from '../shared/org-unit-ref';

export type RegisterOrgUnit = {
  readonly type: 'RegisterOrgUnit';
  readonly data: { readonly orgUnitId: string; readonly name: string; readonly kind: OrgUnitKind; readonly parentId?: string | null };
};

export type RenameOrgUnit = {
  readonly type: 'RenameOrgUnit';
  readonly data: { readonly orgUnitId: string; readonly name: string };
};

export type RetireOrgUnit = {
  readonly type: 'RetireOrgUnit';
  readonly data: { readonly orgUnitId: string; readonly retiredOn?: string | null };
};

export type OrgChartCommand = RegisterOrgUnit | RenameOrgUnit | RetireOrgUnit;
