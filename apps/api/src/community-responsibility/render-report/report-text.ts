import { orgUnitsOf, type OrgChartState } from '@tracker/domain';
import { type CommunityResponsibilitySection, type ReportOptions, type SectionText, renderCommunityResponsibilityReport, sectionText } from '@tracker/projections';

const optionsFor = (chart: OrgChartState, orgUnitId: string | undefined): ReportOptions => {
  const orgUnitName = orgUnitId ? orgUnitsOf(chart).find((unit) => unit.id === orgUnitId)?.name : undefined;
  return orgUnitName ? { orgUnitName } : {};
};

/**
 * The report text of a section as `reportSection` answers it: the heading names the org unit it
 * is scoped to (its name today). A published edition keeps the text this gave when it was published.
 */
export function reportText(section: CommunityResponsibilitySection, chart: OrgChartState, orgUnitId: string | undefined): string {
  return renderCommunityResponsibilityReport(section, optionsFor(chart, orgUnitId));
}

/** The same text, structured: what the Word file renders (the Markdown above is its other rendering). */
export function reportSectionText(section: CommunityResponsibilitySection, chart: OrgChartState, orgUnitId: string | undefined): SectionText {
  return sectionText(section, optionsFor(chart, orgUnitId));
}
