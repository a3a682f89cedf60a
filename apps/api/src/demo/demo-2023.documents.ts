// The GraphQL documents the demo loader sends (docs/design.md §6 names), and the section query it reads back.
const mutation = (name: string, input: string, selection: string) => /* GraphQL */ `
  mutation Demo($input: ${input}!) { ${name}(input: $input) { position ${selection} } }`;

export const REGISTER_ORG_UNIT = mutation('registerOrgUnit', 'RegisterOrgUnitInput', 'orgUnit { id }');
export const GRANT_RELIEF = mutation('grantRelief', 'GrantReliefInput', '');
export const LAUNCH_CAMPAIGN = mutation('launchDonationCampaign', 'LaunchDonationCampaignInput', 'campaign { id }');
export const RECORD_DONATION = mutation('recordUnionDonation', 'RecordUnionDonationInput', '');
export const RECORD_ACTIVITY = mutation('recordVolunteerActivity', 'RecordVolunteerActivityInput', 'activity { id }');
export const CORRECT_ACTIVITY = mutation('correctVolunteerActivity', 'CorrectVolunteerActivityInput', '');
export const PUBLISH_SECTION = /* GraphQL */ `
  mutation Demo($input: PublishSectionInput!) { publishSection(input: $input) { id version } }`;
export const SIGN_AGREEMENT = mutation('signCoBuildingAgreement', 'SignCoBuildingAgreementInput', 'agreement { id }');
export const RECORD_EXAM_SHIFT = mutation('recordExamSentinelShift', 'RecordExamSentinelShiftInput', '');
export const OPEN_BOOTH = mutation('openBooth', 'OpenBoothInput', 'booth { id }');
export const RECORD_BOOTH_SESSION = mutation('recordBoothSession', 'RecordBoothSessionInput', '');

export const SECTION = /* GraphQL */ `
  query Section($year: Int!, $orgUnitId: ID) {
    communityResponsibility(year: $year, orgUnitId: $orgUnitId) {
      year
      charity { relief { personTimes amount } donatedTotal campaigns { campaignId name amount donorCount unionCount } }
      volunteering {
        activities { count personTimes volunteerHours sites subdistricts serviceItems beneficiaries charitySalesCount charitySalesAmount
                     byProgram { program count personTimes sites } }
        agreements { signed active partners }
        examSentinel { exams sites supports }
        booths { booths sessions peopleServed volunteerPersonTimes }
      }
    }
  }`;

export const REPORT_SECTION = /* GraphQL */ `
  query Report($year: Int!, $orgUnitId: ID) { reportSection(year: $year, orgUnitId: $orgUnitId) }`;
