// GraphQL documents of the editions (docs/design.md §16), for the tests and the demo loader.
import type { CommunityResponsibilitySection } from '@tracker/projections';

const SECTION_FIELDS = `year
  charity { relief { personTimes amount } campaigns { campaignId name amount donorCount unionCount } donatedTotal }
  volunteering {
    activities { count personTimes volunteerHours sites subdistricts serviceItems beneficiaries charitySalesCount charitySalesAmount
                 byProgram { program count personTimes sites subdistricts serviceItems } }
    agreements { signed active partners }
    examSentinel { exams sites supports }
    booths { booths sessions peopleServed volunteerPersonTimes }
  }
  b4si { companyTimeHours ownTimeHours employeeGiving unionRelief }`;

const EDITION_FIELDS = `id year orgUnitId orgUnitPath version publishedAt publishedBy publisherName position note report section { ${SECTION_FIELDS} }`;

export const PUBLISH_SECTION = /* GraphQL */ `
  mutation Publish($input: PublishSectionInput!) { publishSection(input: $input) { ${EDITION_FIELDS} } }`;

export const SECTION_EDITIONS = /* GraphQL */ `
  query Editions($year: Int!, $orgUnitId: ID) { sectionEditions(year: $year, orgUnitId: $orgUnitId) { ${EDITION_FIELDS} } }`;

export const SECTION_ADJUSTMENTS = /* GraphQL */ `
  query Adjustments($editionId: ID!) { sectionAdjustments(editionId: $editionId) { position type recordedAt recordedBy recordId data } }`;

export const SINCE_EDITION = /* GraphQL */ `
  query Since($year: Int!, $orgUnitId: ID) {
    sinceEdition(year: $year, orgUnitId: $orgUnitId) { editionId version publishedAt changes { figure label before after difference } }
  }`;

export const LIVE_SECTION = /* GraphQL */ `
  query Live($year: Int!, $orgUnitId: ID) {
    communityResponsibility(year: $year, orgUnitId: $orgUnitId) { ${SECTION_FIELDS} }
    reportSection(year: $year, orgUnitId: $orgUnitId)
  }`;

export interface EditionResult {
  readonly id: string;
  readonly year: number;
  readonly orgUnitId: string | null;
  readonly orgUnitPath: string[] | null;
  readonly version: number;
  readonly publishedAt: string;
  readonly publishedBy: string;
  readonly publisherName: string;
  readonly position: string;
  readonly note: string | null;
  readonly report: string;
  readonly section: CommunityResponsibilitySection;
}

export interface AdjustmentResult {
  readonly position: string;
  readonly type: string;
  readonly recordedAt: string;
  readonly recordedBy: string;
  readonly recordId: string | null;
  readonly data: Record<string, unknown>;
}

export interface SinceEditionResult {
  readonly editionId: string;
  readonly version: number;
  readonly changes: { figure: string; label: string; before: string | null; after: string | null; difference: string | null }[];
}
