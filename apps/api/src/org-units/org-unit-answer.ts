import { orgUnitsOf, type OrgChartState } from '@tracker/domain';
import { OrgUnitModel, OrgUnitPayload } from './org-unit.model';

/** The answer of every org-chart mutation: the unit as the chart now holds it, and where the log stands. */
export function orgUnitPayload(position: bigint, chart: OrgChartState, orgUnitId: string): OrgUnitPayload {
  const unit = orgUnitsOf(chart).find((node) => node.id === orgUnitId);
  if (!unit) throw new Error(`org unit ${orgUnitId} missing from the org chart after changing it`);
  return Object.assign(new OrgUnitPayload(), { position: position.toString(), orgUnit: OrgUnitModel.from(chart, unit) });
}
