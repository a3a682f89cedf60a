import { orgUnitsOf, type OrgChartState } from '@tracker/domain';
import { type CommunityResponsibilitySection, renderCommunityResponsibilityReport } from '@tracker/projections';

/**
 * The report text of a section as `reportSection` answers it: the heading names the org unit it
 * is scoped to (its name today). A published edition keeps the text this gave when it was published.
 */
export function reportText(section: CommunityResponsibilitySection, chart: OrgChartState, orgUnitId: string | undefined): string {
  const orgUnitName = orgUnitId ? orgUnitsOf(chart).find((unit) => unit.id === orgUnitId)?.name : undefined;
  return renderCommunityResponsibilityReport(section, orgUnitName ? { orgUnitName } : {});
}
