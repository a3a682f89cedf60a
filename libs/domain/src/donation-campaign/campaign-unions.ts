// 爱心一日捐 one-day donation: which 部门工会 department unions a campaign expects to remit, so a
// treasurer can see who has remitted and who has not.
import { descendantsOf, orgUnitsOf, type OrgChartState } from '../org-chart/org-chart.decider';

/**
 * The UNION units under the organizer's parent unit (the bureau of the bureau's union), the
 * organizer itself and retired unions left out, in registration order. An organizer at the top of
 * the chart expects the unions under itself.
 */
export function campaignUnionIds(chart: OrgChartState, organizerId: string): string[] {
  const units = new Map(orgUnitsOf(chart).map((unit) => [unit.id, unit]));
  const organizer = units.get(organizerId);
  if (!organizer) return [];
  const below = new Set(descendantsOf(chart, organizer.parentId ?? organizer.id));
  return [...units.values()].filter((unit) => unit.kind === 'UNION' && unit.id !== organizerId && !unit.retired && below.has(unit.id)).map((unit) => unit.id);
}
