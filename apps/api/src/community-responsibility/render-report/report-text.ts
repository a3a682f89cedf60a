import { orgUnitsOf, type OrgChartState } from '@tracker/domain';
import { type CommunityResponsibilitySection, type SectionText, sectionText, sectionTextAsMarkdown } from '@tracker/projections';

/**
 * The structured text of a section (what the Markdown and the Word file both render): the heading
 * names the org unit it is scoped to (its name today).
 */
export function reportSectionText(section: CommunityResponsibilitySection, chart: OrgChartState, orgUnitId: string | undefined): SectionText {
  const orgUnitName = orgUnitId ? orgUnitsOf(chart).find((unit) => unit.id === orgUnitId)?.name : undefined;
  return sectionText(section, orgUnitName ? { orgUnitName } : {});
}

/** The report text of a section as `reportSection` answers it. A published edition keeps the text this gave when it was published. */
export function reportText(section: CommunityResponsibilitySection, chart: OrgChartState, orgUnitId: string | undefined): string {
  return sectionTextAsMarkdown(reportSectionText(section, chart, orgUnitId));
}
