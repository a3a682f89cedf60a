/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Accounts {\n    accounts {\n      id\n      username\n      displayName\n      roles\n      orgUnitIds\n      disabled\n      mustChangePassword\n    }\n  }\n": typeof types.AccountsDocument,
    "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      account {\n        id\n        username\n        displayName\n      }\n    }\n  }\n": typeof types.CreateAccountDocument,
    "\n  mutation UpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n": typeof types.UpdateAccountDocument,
    "\n  mutation DisableAccount($input: DisableAccountInput!) {\n    disableAccount(input: $input) {\n      account {\n        id\n        disabled\n      }\n    }\n  }\n": typeof types.DisableAccountDocument,
    "\n  mutation EnableAccount($input: EnableAccountInput!) {\n    enableAccount(input: $input) {\n      account {\n        id\n        disabled\n      }\n    }\n  }\n": typeof types.EnableAccountDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      account {\n        id\n        username\n        displayName\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query OrgChart {\n    orgUnits {\n      id\n      name\n      kind\n      parentId\n      path\n      retired\n      retiredOn\n    }\n  }\n": typeof types.OrgChartDocument,
    "\n  mutation RegisterOrgUnit($input: RegisterOrgUnitInput!) {\n    registerOrgUnit(input: $input) {\n      position\n      orgUnit {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RegisterOrgUnitDocument,
    "\n  mutation RenameOrgUnit($input: RenameOrgUnitInput!) {\n    renameOrgUnit(input: $input) {\n      position\n      orgUnit {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RenameOrgUnitDocument,
    "\n  mutation RetireOrgUnit($input: RetireOrgUnitInput!) {\n    retireOrgUnit(input: $input) {\n      position\n      orgUnit {\n        id\n        name\n        retired\n      }\n    }\n  }\n": typeof types.RetireOrgUnitDocument,
    "\n  query ProjectionStatus {\n    projectionStatus {\n      name\n      state\n      lag\n      checkpoint\n      headPosition\n      lastError\n      rebuilding {\n        generation\n        checkpoint\n        lag\n        state\n      }\n    }\n  }\n": typeof types.ProjectionStatusDocument,
    "\n  mutation RebuildProjections {\n    rebuildProjections {\n      generation\n      events\n      durationMs\n    }\n  }\n": typeof types.RebuildProjectionsDocument,
    "\n  query SubdistrictList {\n    subdistricts {\n      id\n      kept\n      names\n    }\n    nameSuggestions(first: 100) {\n      subdistrictsUsed\n    }\n  }\n": typeof types.SubdistrictListDocument,
    "\n  mutation SetSubdistricts($input: SetSubdistrictsInput!) {\n    setSubdistricts(input: $input) {\n      position\n      subdistricts {\n        id\n        kept\n        names\n      }\n    }\n  }\n": typeof types.SetSubdistrictsDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      roles\n      orgUnitIds\n      mustChangePassword\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      expiresAt\n      account {\n        id\n        username\n        displayName\n        roles\n        orgUnitIds\n        mustChangePassword\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query ScopeNames {\n    orgUnits {\n      id\n      name\n    }\n  }\n": typeof types.ScopeNamesDocument,
    "\n  query HomeMonths($year: Int!) {\n    volunteerActivityMonths(year: $year) {\n      month\n      count\n      personTimes\n    }\n  }\n": typeof types.HomeMonthsDocument,
    "\n  query HomeEdition($year: Int!) {\n    sinceEdition(year: $year) {\n      editionId\n      version\n      publishedAt\n      changes {\n        figure\n      }\n    }\n  }\n": typeof types.HomeEditionDocument,
    "\n  query HomeTodo($campaignYear: Int!, $boothYear: Int!) {\n    donationCampaigns(filter: { year: $campaignYear }) {\n      id\n      name\n      closed\n      voided\n    }\n    booths(filter: { year: $boothYear }) {\n      id\n      name\n      openedOn\n      closed\n      sessions {\n        date\n        voided\n      }\n    }\n  }\n": typeof types.HomeTodoDocument,
    "\n  query HomeUnits {\n    orgUnits {\n      id\n      name\n      kind\n      parentId\n      retired\n    }\n  }\n": typeof types.HomeUnitsDocument,
    "\n  query UnitActivities($year: Int!, $orgUnitId: ID!) {\n    communityResponsibility(year: $year, orgUnitId: $orgUnitId) {\n      volunteering {\n        activities {\n          count\n          personTimes\n        }\n      }\n    }\n  }\n": typeof types.UnitActivitiesDocument,
    "\n  query HomeSection($year: Int!, $orgUnitId: ID) {\n    communityResponsibility(year: $year, orgUnitId: $orgUnitId) {\n      year\n      ...HeadlineCards_Section\n      volunteering {\n        activities {\n          ...ProgrammeChart_Activities\n        }\n      }\n    }\n  }\n": typeof types.HomeSectionDocument,
    "\n  fragment HeadlineCards_Section on CommunityResponsibilitySection {\n    charity {\n      relief {\n        personTimes\n        amount\n      }\n      donatedTotal\n      campaigns {\n        campaignId\n        name\n        amount\n        donorCount\n        unionCount\n      }\n    }\n    volunteering {\n      activities {\n        count\n        personTimes\n        volunteerHours\n        byProgram {\n          program\n          count\n          personTimes\n          sites\n        }\n      }\n      examSentinel {\n        exams\n        sites\n        supports\n      }\n      agreements {\n        signed\n        active\n        partners\n      }\n      booths {\n        booths\n        sessions\n        peopleServed\n      }\n    }\n  }\n": typeof types.HeadlineCards_SectionFragmentDoc,
    "\n  fragment ProgrammeChart_Activities on ActivityTotals {\n    byProgram {\n      program\n      count\n      personTimes\n    }\n  }\n": typeof types.ProgrammeChart_ActivitiesFragmentDoc,
    "\n  fragment ActivityFields on VolunteerActivity {\n    id\n    organizerId\n    organizerPath\n    program\n    title\n    startDate\n    endDate\n    subdistrict\n    site\n    serviceItems\n    personTimes\n    volunteerHours\n    timeBasis\n    beneficiaries\n    charitySales {\n      transactions\n      amount\n      recipient\n    }\n    recordedAt\n    recordedBy\n    correctedAt\n    voided\n    voidedAt\n    voidReason\n  }\n": typeof types.ActivityFieldsFragmentDoc,
    "\n  query VolunteerActivities($filter: LedgerFilter!, $program: VolunteerProgram, $first: Int, $after: String) {\n    volunteerActivities(filter: $filter, program: $program, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ActivityFields\n        }\n      }\n    }\n  }\n": typeof types.VolunteerActivitiesDocument,
    "\n  mutation RecordVolunteerActivity($input: RecordVolunteerActivityInput!) {\n    recordVolunteerActivity(input: $input) {\n      lookAlikes {\n        ...LookAlikeFields\n      }\n      activity {\n        id\n        startDate\n      }\n    }\n  }\n": typeof types.RecordVolunteerActivityDocument,
    "\n  mutation CorrectVolunteerActivity($input: CorrectVolunteerActivityInput!) {\n    correctVolunteerActivity(input: $input) {\n      lookAlikes {\n        ...LookAlikeFields\n      }\n      activity {\n        id\n        startDate\n      }\n    }\n  }\n": typeof types.CorrectVolunteerActivityDocument,
    "\n  mutation VoidVolunteerActivity($input: VoidRecordInput!) {\n    voidVolunteerActivity(input: $input) {\n      activity {\n        id\n      }\n    }\n  }\n": typeof types.VoidVolunteerActivityDocument,
    "\n  fragment AgreementFields on CoBuildingAgreement {\n    id\n    branchId\n    branchPath\n    signedOn\n    validUntil\n    partners {\n      kind\n      name\n    }\n    commitments\n    terminated\n    terminatedOn\n    terminationReason\n    recordedAt\n    recordedBy\n    correctedAt\n  }\n": typeof types.AgreementFieldsFragmentDoc,
    "\n  query CoBuildingAgreements($filter: LedgerFilter!, $first: Int, $after: String) {\n    coBuildingAgreements(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AgreementFields\n        }\n      }\n    }\n  }\n": typeof types.CoBuildingAgreementsDocument,
    "\n  mutation SignCoBuildingAgreement($input: SignCoBuildingAgreementInput!) {\n    signCoBuildingAgreement(input: $input) {\n      lookAlikes {\n        ...LookAlikeFields\n      }\n      agreement {\n        id\n        signedOn\n      }\n    }\n  }\n": typeof types.SignCoBuildingAgreementDocument,
    "\n  mutation RenewCoBuildingAgreement($input: RenewCoBuildingAgreementInput!) {\n    renewCoBuildingAgreement(input: $input) {\n      agreement {\n        id\n      }\n    }\n  }\n": typeof types.RenewCoBuildingAgreementDocument,
    "\n  mutation TerminateCoBuildingAgreement($input: TerminateCoBuildingAgreementInput!) {\n    terminateCoBuildingAgreement(input: $input) {\n      agreement {\n        id\n      }\n    }\n  }\n": typeof types.TerminateCoBuildingAgreementDocument,
    "\n  fragment BoothFields on Booth {\n    id\n    hostId\n    hostPath\n    kind\n    name\n    subdistrict\n    location\n    openedOn\n    closed\n    closedOn\n    recordedAt\n    recordedBy\n    sessions {\n      id\n      date\n      volunteers\n      peopleServed\n      services\n      voided\n      voidReason\n      recordedAt\n      recordedBy\n    }\n  }\n": typeof types.BoothFieldsFragmentDoc,
    "\n  query Booths($filter: LedgerFilter!) {\n    booths(filter: $filter) {\n      ...BoothFields\n    }\n  }\n": typeof types.BoothsDocument,
    "\n  mutation OpenBooth($input: OpenBoothInput!) {\n    openBooth(input: $input) {\n      lookAlikes {\n        ...LookAlikeFields\n      }\n      booth {\n        id\n        openedOn\n      }\n    }\n  }\n": typeof types.OpenBoothDocument,
    "\n  mutation RecordBoothSession($input: RecordBoothSessionInput!) {\n    recordBoothSession(input: $input) {\n      lookAlikes {\n        ...LookAlikeFields\n      }\n      sessionId\n      booth {\n        id\n      }\n    }\n  }\n": typeof types.RecordBoothSessionDocument,
    "\n  mutation VoidBoothSession($input: VoidBoothSessionInput!) {\n    voidBoothSession(input: $input) {\n      booth {\n        id\n      }\n    }\n  }\n": typeof types.VoidBoothSessionDocument,
    "\n  mutation CloseBooth($input: CloseBoothInput!) {\n    closeBooth(input: $input) {\n      booth {\n        id\n      }\n    }\n  }\n": typeof types.CloseBoothDocument,
    "\n  fragment ExamShiftFields on ExamSentinelShift {\n    id\n    organizerId\n    organizerPath\n    examName\n    examDate\n    site\n    supporters\n    recordedAt\n    recordedBy\n    correctedAt\n    voided\n    voidedAt\n    voidReason\n  }\n": typeof types.ExamShiftFieldsFragmentDoc,
    "\n  query ExamSentinelShifts($filter: LedgerFilter!, $first: Int, $after: String) {\n    examSentinelShifts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ExamShiftFields\n        }\n      }\n    }\n  }\n": typeof types.ExamSentinelShiftsDocument,
    "\n  mutation RecordExamSentinelShift($input: RecordExamSentinelShiftInput!) {\n    recordExamSentinelShift(input: $input) {\n      lookAlikes {\n        ...LookAlikeFields\n      }\n      shift {\n        id\n        examDate\n      }\n    }\n  }\n": typeof types.RecordExamSentinelShiftDocument,
    "\n  mutation CorrectExamSentinelShift($input: CorrectExamSentinelShiftInput!) {\n    correctExamSentinelShift(input: $input) {\n      lookAlikes {\n        ...LookAlikeFields\n      }\n      shift {\n        id\n        examDate\n      }\n    }\n  }\n": typeof types.CorrectExamSentinelShiftDocument,
    "\n  mutation VoidExamSentinelShift($input: VoidRecordInput!) {\n    voidExamSentinelShift(input: $input) {\n      shift {\n        id\n      }\n    }\n  }\n": typeof types.VoidExamSentinelShiftDocument,
    "\n  query RecordOrgUnits {\n    orgUnits {\n      id\n      name\n      path\n      retired\n    }\n  }\n": typeof types.RecordOrgUnitsDocument,
    "\n  query RecordChoices {\n    subdistricts {\n      id\n      kept\n      names\n    }\n    nameSuggestions(first: 50) {\n      sites\n      serviceItems\n      examSites\n      subdistricts\n    }\n  }\n": typeof types.RecordChoicesDocument,
    "\n  query RecordHistory($id: ID!) {\n    recordHistory(id: $id) {\n      position\n      type\n      data\n      recordedAt\n      recordedBy\n      recordedByName\n    }\n  }\n": typeof types.RecordHistoryDocument,
    "\n  query EditionPage($year: Int!, $orgUnitId: ID, $editionId: ID!) {\n    sectionEditions(year: $year, orgUnitId: $orgUnitId) {\n      id\n      year\n      orgUnitId\n      orgUnitPath\n      version\n      publishedAt\n      publishedBy\n      publisherName\n      note\n      report\n    }\n    sectionAdjustments(editionId: $editionId) {\n      position\n      type\n      recordedAt\n      recordedBy\n      recordedByName\n      recordId\n      data\n    }\n  }\n": typeof types.EditionPageDocument,
    "\n  query ActivityRecords($filter: LedgerFilter!, $program: VolunteerProgram, $first: Int!, $after: String) {\n    volunteerActivities(filter: $filter, program: $program, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          program\n          startDate\n          endDate\n          organizerPath\n          subdistrict\n          site\n          personTimes\n          volunteerHours\n        }\n      }\n    }\n  }\n": typeof types.ActivityRecordsDocument,
    "\n  query ReliefRecords($filter: LedgerFilter!, $first: Int!, $after: String) {\n    reliefGrants(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          grantedOn\n          unionPath\n          amount\n          personTimes\n        }\n      }\n    }\n  }\n": typeof types.ReliefRecordsDocument,
    "\n  query ShiftRecords($filter: LedgerFilter!, $first: Int!, $after: String) {\n    examSentinelShifts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          examName\n          examDate\n          site\n          supporters\n          organizerPath\n        }\n      }\n    }\n  }\n": typeof types.ShiftRecordsDocument,
    "\n  query AgreementRecords($filter: LedgerFilter!, $first: Int!, $after: String) {\n    coBuildingAgreements(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          branchPath\n          signedOn\n          validUntil\n          terminated\n          partners {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.AgreementRecordsDocument,
    "\n  query CampaignRecords($filter: LedgerFilter!) {\n    donationCampaigns(filter: $filter) {\n      id\n      name\n      closed\n      totals {\n        amount\n        donorCount\n        unionCount\n      }\n      donations {\n        id\n        unionPath\n        amount\n        donorCount\n        receivedOn\n        voided\n      }\n    }\n  }\n": typeof types.CampaignRecordsDocument,
    "\n  query BoothRecords($filter: LedgerFilter!) {\n    booths(filter: $filter) {\n      id\n      name\n      hostPath\n      subdistrict\n      sessions {\n        id\n        date\n        volunteers\n        peopleServed\n        voided\n      }\n    }\n  }\n": typeof types.BoothRecordsDocument,
    "\n  query ReportSectionPage($year: Int!, $orgUnitId: ID) {\n    reportSection(year: $year, orgUnitId: $orgUnitId)\n    communityResponsibility(year: $year, orgUnitId: $orgUnitId) {\n      ...SectionFigures_Section\n    }\n    sinceEdition(year: $year, orgUnitId: $orgUnitId) {\n      ...EditionDrift_Since\n    }\n    sectionEditions(year: $year, orgUnitId: $orgUnitId) {\n      ...EditionList_Edition\n    }\n  }\n": typeof types.ReportSectionPageDocument,
    "\n  mutation PublishSection($input: PublishSectionInput!) {\n    publishSection(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.PublishSectionDocument,
    "\n  fragment EditionDrift_Since on SinceEdition {\n    editionId\n    version\n    publishedAt\n    changes {\n      figure\n      label\n      before\n      after\n      difference\n    }\n  }\n": typeof types.EditionDrift_SinceFragmentDoc,
    "\n  fragment EditionList_Edition on SectionEdition {\n    id\n    version\n    publishedAt\n    publishedBy\n    publisherName\n    note\n  }\n": typeof types.EditionList_EditionFragmentDoc,
    "\n  fragment SectionFigures_Section on CommunityResponsibilitySection {\n    charity {\n      relief {\n        personTimes\n        amount\n      }\n      donatedTotal\n      campaigns {\n        campaignId\n        donorCount\n      }\n    }\n    volunteering {\n      activities {\n        count\n        personTimes\n        volunteerHours\n        beneficiaries\n        byProgram {\n          program\n          count\n          personTimes\n          sites\n        }\n      }\n      examSentinel {\n        exams\n        sites\n        supports\n      }\n      agreements {\n        signed\n        active\n        partners\n      }\n      booths {\n        booths\n        sessions\n        peopleServed\n      }\n    }\n  }\n": typeof types.SectionFigures_SectionFragmentDoc,
    "\n  query DonationCampaigns($filter: LedgerFilter!) {\n    donationCampaigns(filter: $filter) {\n      id\n      name\n      organizerId\n      organizerPath\n      year\n      launchedOn\n      closed\n      closedOn\n      voided\n      voidReason\n      recordedBy\n      recordedAt\n      totals {\n        amount\n        donorCount\n        unionCount\n      }\n      expectedUnions {\n        id\n        name\n        path\n      }\n      donations {\n        id\n        unionId\n        unionPath\n        amount\n        donorCount\n        receivedOn\n        voided\n        voidReason\n        correctedAt\n        recordedBy\n      }\n    }\n  }\n": typeof types.DonationCampaignsDocument,
    "\n  query TreasurerUnits {\n    orgUnits {\n      id\n      name\n      kind\n      path\n      retired\n    }\n  }\n": typeof types.TreasurerUnitsDocument,
    "\n  mutation LaunchDonationCampaign($input: LaunchDonationCampaignInput!) {\n    launchDonationCampaign(input: $input) {\n      campaign {\n        id\n        year\n      }\n      lookAlikes {\n        ...LookAlikeFields\n      }\n    }\n  }\n": typeof types.LaunchDonationCampaignDocument,
    "\n  mutation RecordUnionDonation($input: RecordUnionDonationInput!) {\n    recordUnionDonation(input: $input) {\n      lookAlikes {\n        ...LookAlikeFields\n      }\n    }\n  }\n": typeof types.RecordUnionDonationDocument,
    "\n  mutation CorrectUnionDonation($input: CorrectUnionDonationInput!) {\n    correctUnionDonation(input: $input) {\n      lookAlikes {\n        ...LookAlikeFields\n      }\n    }\n  }\n": typeof types.CorrectUnionDonationDocument,
    "\n  mutation VoidUnionDonation($input: VoidUnionDonationInput!) {\n    voidUnionDonation(input: $input) {\n      position\n    }\n  }\n": typeof types.VoidUnionDonationDocument,
    "\n  mutation CloseDonationCampaign($input: CloseDonationCampaignInput!) {\n    closeDonationCampaign(input: $input) {\n      position\n    }\n  }\n": typeof types.CloseDonationCampaignDocument,
    "\n  mutation VoidDonationCampaign($input: VoidRecordInput!) {\n    voidDonationCampaign(input: $input) {\n      position\n    }\n  }\n": typeof types.VoidDonationCampaignDocument,
    "\n  query ReliefGrants($filter: LedgerFilter!, $first: Int, $after: String) {\n    reliefGrants(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          unionId\n          unionPath\n          grantedOn\n          amount\n          personTimes\n          category\n          voided\n          voidReason\n          correctedAt\n          recordedBy\n        }\n      }\n    }\n  }\n": typeof types.ReliefGrantsDocument,
    "\n  mutation GrantRelief($input: GrantReliefInput!) {\n    grantRelief(input: $input) {\n      position\n      lookAlikes {\n        ...LookAlikeFields\n      }\n      grant {\n        id\n      }\n    }\n  }\n": typeof types.GrantReliefDocument,
    "\n  mutation CorrectReliefGrant($input: CorrectReliefGrantInput!) {\n    correctReliefGrant(input: $input) {\n      position\n      lookAlikes {\n        ...LookAlikeFields\n      }\n      grant {\n        id\n      }\n    }\n  }\n": typeof types.CorrectReliefGrantDocument,
    "\n  mutation VoidReliefGrant($input: VoidRecordInput!) {\n    voidReliefGrant(input: $input) {\n      position\n      grant {\n        id\n        voided\n      }\n    }\n  }\n": typeof types.VoidReliefGrantDocument,
    "\n  fragment LookAlikeFields on LookAlike {\n    kind\n    recordId\n    date\n    year\n    warning\n  }\n": typeof types.LookAlikeFieldsFragmentDoc,
};
const documents: Documents = {
    "\n  query Accounts {\n    accounts {\n      id\n      username\n      displayName\n      roles\n      orgUnitIds\n      disabled\n      mustChangePassword\n    }\n  }\n": types.AccountsDocument,
    "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      account {\n        id\n        username\n        displayName\n      }\n    }\n  }\n": types.CreateAccountDocument,
    "\n  mutation UpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n": types.UpdateAccountDocument,
    "\n  mutation DisableAccount($input: DisableAccountInput!) {\n    disableAccount(input: $input) {\n      account {\n        id\n        disabled\n      }\n    }\n  }\n": types.DisableAccountDocument,
    "\n  mutation EnableAccount($input: EnableAccountInput!) {\n    enableAccount(input: $input) {\n      account {\n        id\n        disabled\n      }\n    }\n  }\n": types.EnableAccountDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      account {\n        id\n        username\n        displayName\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  query OrgChart {\n    orgUnits {\n      id\n      name\n      kind\n      parentId\n      path\n      retired\n      retiredOn\n    }\n  }\n": types.OrgChartDocument,
    "\n  mutation RegisterOrgUnit($input: RegisterOrgUnitInput!) {\n    registerOrgUnit(input: $input) {\n      position\n      orgUnit {\n        id\n        name\n      }\n    }\n  }\n": types.RegisterOrgUnitDocument,
    "\n  mutation RenameOrgUnit($input: RenameOrgUnitInput!) {\n    renameOrgUnit(input: $input) {\n      position\n      orgUnit {\n        id\n        name\n      }\n    }\n  }\n": types.RenameOrgUnitDocument,
    "\n  mutation RetireOrgUnit($input: RetireOrgUnitInput!) {\n    retireOrgUnit(input: $input) {\n      position\n      orgUnit {\n        id\n        name\n        retired\n      }\n    }\n  }\n": types.RetireOrgUnitDocument,
    "\n  query ProjectionStatus {\n    projectionStatus {\n      name\n      state\n      lag\n      checkpoint\n      headPosition\n      lastError\n      rebuilding {\n        generation\n        checkpoint\n        lag\n        state\n      }\n    }\n  }\n": types.ProjectionStatusDocument,
    "\n  mutation RebuildProjections {\n    rebuildProjections {\n      generation\n      events\n      durationMs\n    }\n  }\n": types.RebuildProjectionsDocument,
    "\n  query SubdistrictList {\n    subdistricts {\n      id\n      kept\n      names\n    }\n    nameSuggestions(first: 100) {\n      subdistrictsUsed\n    }\n  }\n": types.SubdistrictListDocument,
    "\n  mutation SetSubdistricts($input: SetSubdistrictsInput!) {\n    setSubdistricts(input: $input) {\n      position\n      subdistricts {\n        id\n        kept\n        names\n      }\n    }\n  }\n": types.SetSubdistrictsDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      roles\n      orgUnitIds\n      mustChangePassword\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      expiresAt\n      account {\n        id\n        username\n        displayName\n        roles\n        orgUnitIds\n        mustChangePassword\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  query ScopeNames {\n    orgUnits {\n      id\n      name\n    }\n  }\n": types.ScopeNamesDocument,
    "\n  query HomeMonths($year: Int!) {\n    volunteerActivityMonths(year: $year) {\n      month\n      count\n      personTimes\n    }\n  }\n": types.HomeMonthsDocument,
    "\n  query HomeEdition($year: Int!) {\n    sinceEdition(year: $year) {\n      editionId\n      version\n      publishedAt\n      changes {\n        figure\n      }\n    }\n  }\n": types.HomeEditionDocument,
    "\n  query HomeTodo($campaignYear: Int!, $boothYear: Int!) {\n    donationCampaigns(filter: { year: $campaignYear }) {\n      id\n      name\n      closed\n      voided\n    }\n    booths(filter: { year: $boothYear }) {\n      id\n      name\n      openedOn\n      closed\n      sessions {\n        date\n        voided\n      }\n    }\n  }\n": types.HomeTodoDocument,
    "\n  query HomeUnits {\n    orgUnits {\n      id\n      name\n      kind\n      parentId\n      retired\n    }\n  }\n": types.HomeUnitsDocument,
    "\n  query UnitActivities($year: Int!, $orgUnitId: ID!) {\n    communityResponsibility(year: $year, orgUnitId: $orgUnitId) {\n      volunteering {\n        activities {\n          count\n          personTimes\n        }\n      }\n    }\n  }\n": types.UnitActivitiesDocument,
    "\n  query HomeSection($year: Int!, $orgUnitId: ID) {\n    communityResponsibility(year: $year, orgUnitId: $orgUnitId) {\n      year\n      ...HeadlineCards_Section\n      volunteering {\n        activities {\n          ...ProgrammeChart_Activities\n        }\n      }\n    }\n  }\n": types.HomeSectionDocument,
    "\n  fragment HeadlineCards_Section on CommunityResponsibilitySection {\n    charity {\n      relief {\n        personTimes\n        amount\n      }\n      donatedTotal\n      campaigns {\n        campaignId\n        name\n        amount\n        donorCount\n        unionCount\n      }\n    }\n    volunteering {\n      activities {\n        count\n        personTimes\n        volunteerHours\n        byProgram {\n          program\n          count\n          personTimes\n          sites\n        }\n      }\n      examSentinel {\n        exams\n        sites\n        supports\n      }\n      agreements {\n        signed\n        active\n        partners\n      }\n      booths {\n        booths\n        sessions\n        peopleServed\n      }\n    }\n  }\n": types.HeadlineCards_SectionFragmentDoc,
    "\n  fragment ProgrammeChart_Activities on ActivityTotals {\n    byProgram {\n      program\n      count\n      personTimes\n    }\n  }\n": types.ProgrammeChart_ActivitiesFragmentDoc,
    "\n  fragment ActivityFields on VolunteerActivity {\n    id\n    organizerId\n    organizerPath\n    program\n    title\n    startDate\n    endDate\n    subdistrict\n    site\n    serviceItems\n    personTimes\n    volunteerHours\n    timeBasis\n    beneficiaries\n    charitySales {\n      transactions\n      amount\n      recipient\n    }\n    recordedAt\n    recordedBy\n    correctedAt\n    voided\n    voidedAt\n    voidReason\n  }\n": types.ActivityFieldsFragmentDoc,
    "\n  query VolunteerActivities($filter: LedgerFilter!, $program: VolunteerProgram, $first: Int, $after: String) {\n    volunteerActivities(filter: $filter, program: $program, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ActivityFields\n        }\n      }\n    }\n  }\n": types.VolunteerActivitiesDocument,
    "\n  mutation RecordVolunteerActivity($input: RecordVolunteerActivityInput!) {\n    recordVolunteerActivity(input: $input) {\n      lookAlikes {\n        ...LookAlikeFields\n      }\n      activity {\n        id\n        startDate\n      }\n    }\n  }\n": types.RecordVolunteerActivityDocument,
    "\n  mutation CorrectVolunteerActivity($input: CorrectVolunteerActivityInput!) {\n    correctVolunteerActivity(input: $input) {\n      lookAlikes {\n        ...LookAlikeFields\n      }\n      activity {\n        id\n        startDate\n      }\n    }\n  }\n": types.CorrectVolunteerActivityDocument,
    "\n  mutation VoidVolunteerActivity($input: VoidRecordInput!) {\n    voidVolunteerActivity(input: $input) {\n      activity {\n        id\n      }\n    }\n  }\n": types.VoidVolunteerActivityDocument,
    "\n  fragment AgreementFields on CoBuildingAgreement {\n    id\n    branchId\n    branchPath\n    signedOn\n    validUntil\n    partners {\n      kind\n      name\n    }\n    commitments\n    terminated\n    terminatedOn\n    terminationReason\n    recordedAt\n    recordedBy\n    correctedAt\n  }\n": types.AgreementFieldsFragmentDoc,
    "\n  query CoBuildingAgreements($filter: LedgerFilter!, $first: Int, $after: String) {\n    coBuildingAgreements(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AgreementFields\n        }\n      }\n    }\n  }\n": types.CoBuildingAgreementsDocument,
    "\n  mutation SignCoBuildingAgreement($input: SignCoBuildingAgreementInput!) {\n    signCoBuildingAgreement(input: $input) {\n      lookAlikes {\n        ...LookAlikeFields\n      }\n      agreement {\n        id\n        signedOn\n      }\n    }\n  }\n": types.SignCoBuildingAgreementDocument,
    "\n  mutation RenewCoBuildingAgreement($input: RenewCoBuildingAgreementInput!) {\n    renewCoBuildingAgreement(input: $input) {\n      agreement {\n        id\n      }\n    }\n  }\n": types.RenewCoBuildingAgreementDocument,
    "\n  mutation TerminateCoBuildingAgreement($input: TerminateCoBuildingAgreementInput!) {\n    terminateCoBuildingAgreement(input: $input) {\n      agreement {\n        id\n      }\n    }\n  }\n": types.TerminateCoBuildingAgreementDocument,
    "\n  fragment BoothFields on Booth {\n    id\n    hostId\n    hostPath\n    kind\n    name\n    subdistrict\n    location\n    openedOn\n    closed\n    closedOn\n    recordedAt\n    recordedBy\n    sessions {\n      id\n      date\n      volunteers\n      peopleServed\n      services\n      voided\n      voidReason\n      recordedAt\n      recordedBy\n    }\n  }\n": types.BoothFieldsFragmentDoc,
    "\n  query Booths($filter: LedgerFilter!) {\n    booths(filter: $filter) {\n      ...BoothFields\n    }\n  }\n": types.BoothsDocument,
    "\n  mutation OpenBooth($input: OpenBoothInput!) {\n    openBooth(input: $input) {\n      lookAlikes {\n        ...LookAlikeFields\n      }\n      booth {\n        id\n        openedOn\n      }\n    }\n  }\n": types.OpenBoothDocument,
    "\n  mutation RecordBoothSession($input: RecordBoothSessionInput!) {\n    recordBoothSession(input: $input) {\n      lookAlikes {\n        ...LookAlikeFields\n      }\n      sessionId\n      booth {\n        id\n      }\n    }\n  }\n": types.RecordBoothSessionDocument,
    "\n  mutation VoidBoothSession($input: VoidBoothSessionInput!) {\n    voidBoothSession(input: $input) {\n      booth {\n        id\n      }\n    }\n  }\n": types.VoidBoothSessionDocument,
    "\n  mutation CloseBooth($input: CloseBoothInput!) {\n    closeBooth(input: $input) {\n      booth {\n        id\n      }\n    }\n  }\n": types.CloseBoothDocument,
    "\n  fragment ExamShiftFields on ExamSentinelShift {\n    id\n    organizerId\n    organizerPath\n    examName\n    examDate\n    site\n    supporters\n    recordedAt\n    recordedBy\n    correctedAt\n    voided\n    voidedAt\n    voidReason\n  }\n": types.ExamShiftFieldsFragmentDoc,
    "\n  query ExamSentinelShifts($filter: LedgerFilter!, $first: Int, $after: String) {\n    examSentinelShifts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ExamShiftFields\n        }\n      }\n    }\n  }\n": types.ExamSentinelShiftsDocument,
    "\n  mutation RecordExamSentinelShift($input: RecordExamSentinelShiftInput!) {\n    recordExamSentinelShift(input: $input) {\n      lookAlikes {\n        ...LookAlikeFields\n      }\n      shift {\n        id\n        examDate\n      }\n    }\n  }\n": types.RecordExamSentinelShiftDocument,
    "\n  mutation CorrectExamSentinelShift($input: CorrectExamSentinelShiftInput!) {\n    correctExamSentinelShift(input: $input) {\n      lookAlikes {\n        ...LookAlikeFields\n      }\n      shift {\n        id\n        examDate\n      }\n    }\n  }\n": types.CorrectExamSentinelShiftDocument,
    "\n  mutation VoidExamSentinelShift($input: VoidRecordInput!) {\n    voidExamSentinelShift(input: $input) {\n      shift {\n        id\n      }\n    }\n  }\n": types.VoidExamSentinelShiftDocument,
    "\n  query RecordOrgUnits {\n    orgUnits {\n      id\n      name\n      path\n      retired\n    }\n  }\n": types.RecordOrgUnitsDocument,
    "\n  query RecordChoices {\n    subdistricts {\n      id\n      kept\n      names\n    }\n    nameSuggestions(first: 50) {\n      sites\n      serviceItems\n      examSites\n      subdistricts\n    }\n  }\n": types.RecordChoicesDocument,
    "\n  query RecordHistory($id: ID!) {\n    recordHistory(id: $id) {\n      position\n      type\n      data\n      recordedAt\n      recordedBy\n      recordedByName\n    }\n  }\n": types.RecordHistoryDocument,
    "\n  query EditionPage($year: Int!, $orgUnitId: ID, $editionId: ID!) {\n    sectionEditions(year: $year, orgUnitId: $orgUnitId) {\n      id\n      year\n      orgUnitId\n      orgUnitPath\n      version\n      publishedAt\n      publishedBy\n      publisherName\n      note\n      report\n    }\n    sectionAdjustments(editionId: $editionId) {\n      position\n      type\n      recordedAt\n      recordedBy\n      recordedByName\n      recordId\n      data\n    }\n  }\n": types.EditionPageDocument,
    "\n  query ActivityRecords($filter: LedgerFilter!, $program: VolunteerProgram, $first: Int!, $after: String) {\n    volunteerActivities(filter: $filter, program: $program, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          program\n          startDate\n          endDate\n          organizerPath\n          subdistrict\n          site\n          personTimes\n          volunteerHours\n        }\n      }\n    }\n  }\n": types.ActivityRecordsDocument,
    "\n  query ReliefRecords($filter: LedgerFilter!, $first: Int!, $after: String) {\n    reliefGrants(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          grantedOn\n          unionPath\n          amount\n          personTimes\n        }\n      }\n    }\n  }\n": types.ReliefRecordsDocument,
    "\n  query ShiftRecords($filter: LedgerFilter!, $first: Int!, $after: String) {\n    examSentinelShifts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          examName\n          examDate\n          site\n          supporters\n          organizerPath\n        }\n      }\n    }\n  }\n": types.ShiftRecordsDocument,
    "\n  query AgreementRecords($filter: LedgerFilter!, $first: Int!, $after: String) {\n    coBuildingAgreements(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          branchPath\n          signedOn\n          validUntil\n          terminated\n          partners {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.AgreementRecordsDocument,
    "\n  query CampaignRecords($filter: LedgerFilter!) {\n    donationCampaigns(filter: $filter) {\n      id\n      name\n      closed\n      totals {\n        amount\n        donorCount\n        unionCount\n      }\n      donations {\n        id\n        unionPath\n        amount\n        donorCount\n        receivedOn\n        voided\n      }\n    }\n  }\n": types.CampaignRecordsDocument,
    "\n  query BoothRecords($filter: LedgerFilter!) {\n    booths(filter: $filter) {\n      id\n      name\n      hostPath\n      subdistrict\n      sessions {\n        id\n        date\n        volunteers\n        peopleServed\n        voided\n      }\n    }\n  }\n": types.BoothRecordsDocument,
    "\n  query ReportSectionPage($year: Int!, $orgUnitId: ID) {\n    reportSection(year: $year, orgUnitId: $orgUnitId)\n    communityResponsibility(year: $year, orgUnitId: $orgUnitId) {\n      ...SectionFigures_Section\n    }\n    sinceEdition(year: $year, orgUnitId: $orgUnitId) {\n      ...EditionDrift_Since\n    }\n    sectionEditions(year: $year, orgUnitId: $orgUnitId) {\n      ...EditionList_Edition\n    }\n  }\n": types.ReportSectionPageDocument,
    "\n  mutation PublishSection($input: PublishSectionInput!) {\n    publishSection(input: $input) {\n      id\n      version\n    }\n  }\n": types.PublishSectionDocument,
    "\n  fragment EditionDrift_Since on SinceEdition {\n    editionId\n    version\n    publishedAt\n    changes {\n      figure\n      label\n      before\n      after\n      difference\n    }\n  }\n": types.EditionDrift_SinceFragmentDoc,
    "\n  fragment EditionList_Edition on SectionEdition {\n    id\n    version\n    publishedAt\n    publishedBy\n    publisherName\n    note\n  }\n": types.EditionList_EditionFragmentDoc,
    "\n  fragment SectionFigures_Section on CommunityResponsibilitySection {\n    charity {\n      relief {\n        personTimes\n        amount\n      }\n      donatedTotal\n      campaigns {\n        campaignId\n        donorCount\n      }\n    }\n    volunteering {\n      activities {\n        count\n        personTimes\n        volunteerHours\n        beneficiaries\n        byProgram {\n          program\n          count\n          personTimes\n          sites\n        }\n      }\n      examSentinel {\n        exams\n        sites\n        supports\n      }\n      agreements {\n        signed\n        active\n        partners\n      }\n      booths {\n        booths\n        sessions\n        peopleServed\n      }\n    }\n  }\n": types.SectionFigures_SectionFragmentDoc,
    "\n  query DonationCampaigns($filter: LedgerFilter!) {\n    donationCampaigns(filter: $filter) {\n      id\n      name\n      organizerId\n      organizerPath\n      year\n      launchedOn\n      closed\n      closedOn\n      voided\n      voidReason\n      recordedBy\n      recordedAt\n      totals {\n        amount\n        donorCount\n        unionCount\n      }\n      expectedUnions {\n        id\n        name\n        path\n      }\n      donations {\n        id\n        unionId\n        unionPath\n        amount\n        donorCount\n        receivedOn\n        voided\n        voidReason\n        correctedAt\n        recordedBy\n      }\n    }\n  }\n": types.DonationCampaignsDocument,
    "\n  query TreasurerUnits {\n    orgUnits {\n      id\n      name\n      kind\n      path\n      retired\n    }\n  }\n": types.TreasurerUnitsDocument,
    "\n  mutation LaunchDonationCampaign($input: LaunchDonationCampaignInput!) {\n    launchDonationCampaign(input: $input) {\n      campaign {\n        id\n        year\n      }\n      lookAlikes {\n        ...LookAlikeFields\n      }\n    }\n  }\n": types.LaunchDonationCampaignDocument,
    "\n  mutation RecordUnionDonation($input: RecordUnionDonationInput!) {\n    recordUnionDonation(input: $input) {\n      lookAlikes {\n        ...LookAlikeFields\n      }\n    }\n  }\n": types.RecordUnionDonationDocument,
    "\n  mutation CorrectUnionDonation($input: CorrectUnionDonationInput!) {\n    correctUnionDonation(input: $input) {\n      lookAlikes {\n        ...LookAlikeFields\n      }\n    }\n  }\n": types.CorrectUnionDonationDocument,
    "\n  mutation VoidUnionDonation($input: VoidUnionDonationInput!) {\n    voidUnionDonation(input: $input) {\n      position\n    }\n  }\n": types.VoidUnionDonationDocument,
    "\n  mutation CloseDonationCampaign($input: CloseDonationCampaignInput!) {\n    closeDonationCampaign(input: $input) {\n      position\n    }\n  }\n": types.CloseDonationCampaignDocument,
    "\n  mutation VoidDonationCampaign($input: VoidRecordInput!) {\n    voidDonationCampaign(input: $input) {\n      position\n    }\n  }\n": types.VoidDonationCampaignDocument,
    "\n  query ReliefGrants($filter: LedgerFilter!, $first: Int, $after: String) {\n    reliefGrants(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          unionId\n          unionPath\n          grantedOn\n          amount\n          personTimes\n          category\n          voided\n          voidReason\n          correctedAt\n          recordedBy\n        }\n      }\n    }\n  }\n": types.ReliefGrantsDocument,
    "\n  mutation GrantRelief($input: GrantReliefInput!) {\n    grantRelief(input: $input) {\n      position\n      lookAlikes {\n        ...LookAlikeFields\n      }\n      grant {\n        id\n      }\n    }\n  }\n": types.GrantReliefDocument,
    "\n  mutation CorrectReliefGrant($input: CorrectReliefGrantInput!) {\n    correctReliefGrant(input: $input) {\n      position\n      lookAlikes {\n        ...LookAlikeFields\n      }\n      grant {\n        id\n      }\n    }\n  }\n": types.CorrectReliefGrantDocument,
    "\n  mutation VoidReliefGrant($input: VoidRecordInput!) {\n    voidReliefGrant(input: $input) {\n      position\n      grant {\n        id\n        voided\n      }\n    }\n  }\n": types.VoidReliefGrantDocument,
    "\n  fragment LookAlikeFields on LookAlike {\n    kind\n    recordId\n    date\n    year\n    warning\n  }\n": types.LookAlikeFieldsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Accounts {\n    accounts {\n      id\n      username\n      displayName\n      roles\n      orgUnitIds\n      disabled\n      mustChangePassword\n    }\n  }\n"): typeof import('./graphql').AccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      account {\n        id\n        username\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').CreateAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableAccount($input: DisableAccountInput!) {\n    disableAccount(input: $input) {\n      account {\n        id\n        disabled\n      }\n    }\n  }\n"): typeof import('./graphql').DisableAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnableAccount($input: EnableAccountInput!) {\n    enableAccount(input: $input) {\n      account {\n        id\n        disabled\n      }\n    }\n  }\n"): typeof import('./graphql').EnableAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      account {\n        id\n        username\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgChart {\n    orgUnits {\n      id\n      name\n      kind\n      parentId\n      path\n      retired\n      retiredOn\n    }\n  }\n"): typeof import('./graphql').OrgChartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterOrgUnit($input: RegisterOrgUnitInput!) {\n    registerOrgUnit(input: $input) {\n      position\n      orgUnit {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').RegisterOrgUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameOrgUnit($input: RenameOrgUnitInput!) {\n    renameOrgUnit(input: $input) {\n      position\n      orgUnit {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').RenameOrgUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetireOrgUnit($input: RetireOrgUnitInput!) {\n    retireOrgUnit(input: $input) {\n      position\n      orgUnit {\n        id\n        name\n        retired\n      }\n    }\n  }\n"): typeof import('./graphql').RetireOrgUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectionStatus {\n    projectionStatus {\n      name\n      state\n      lag\n      checkpoint\n      headPosition\n      lastError\n      rebuilding {\n        generation\n        checkpoint\n        lag\n        state\n      }\n    }\n  }\n"): typeof import('./graphql').ProjectionStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RebuildProjections {\n    rebuildProjections {\n      generation\n      events\n      durationMs\n    }\n  }\n"): typeof import('./graphql').RebuildProjectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubdistrictList {\n    subdistricts {\n      id\n      kept\n      names\n    }\n    nameSuggestions(first: 100) {\n      subdistrictsUsed\n    }\n  }\n"): typeof import('./graphql').SubdistrictListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSubdistricts($input: SetSubdistrictsInput!) {\n    setSubdistricts(input: $input) {\n      position\n      subdistricts {\n        id\n        kept\n        names\n      }\n    }\n  }\n"): typeof import('./graphql').SetSubdistrictsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      roles\n      orgUnitIds\n      mustChangePassword\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      expiresAt\n      account {\n        id\n        username\n        displayName\n        roles\n        orgUnitIds\n        mustChangePassword\n      }\n    }\n  }\n"): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): typeof import('./graphql').SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScopeNames {\n    orgUnits {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').ScopeNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeMonths($year: Int!) {\n    volunteerActivityMonths(year: $year) {\n      month\n      count\n      personTimes\n    }\n  }\n"): typeof import('./graphql').HomeMonthsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeEdition($year: Int!) {\n    sinceEdition(year: $year) {\n      editionId\n      version\n      publishedAt\n      changes {\n        figure\n      }\n    }\n  }\n"): typeof import('./graphql').HomeEditionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeTodo($campaignYear: Int!, $boothYear: Int!) {\n    donationCampaigns(filter: { year: $campaignYear }) {\n      id\n      name\n      closed\n      voided\n    }\n    booths(filter: { year: $boothYear }) {\n      id\n      name\n      openedOn\n      closed\n      sessions {\n        date\n        voided\n      }\n    }\n  }\n"): typeof import('./graphql').HomeTodoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeUnits {\n    orgUnits {\n      id\n      name\n      kind\n      parentId\n      retired\n    }\n  }\n"): typeof import('./graphql').HomeUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitActivities($year: Int!, $orgUnitId: ID!) {\n    communityResponsibility(year: $year, orgUnitId: $orgUnitId) {\n      volunteering {\n        activities {\n          count\n          personTimes\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').UnitActivitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeSection($year: Int!, $orgUnitId: ID) {\n    communityResponsibility(year: $year, orgUnitId: $orgUnitId) {\n      year\n      ...HeadlineCards_Section\n      volunteering {\n        activities {\n          ...ProgrammeChart_Activities\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HomeSectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HeadlineCards_Section on CommunityResponsibilitySection {\n    charity {\n      relief {\n        personTimes\n        amount\n      }\n      donatedTotal\n      campaigns {\n        campaignId\n        name\n        amount\n        donorCount\n        unionCount\n      }\n    }\n    volunteering {\n      activities {\n        count\n        personTimes\n        volunteerHours\n        byProgram {\n          program\n          count\n          personTimes\n          sites\n        }\n      }\n      examSentinel {\n        exams\n        sites\n        supports\n      }\n      agreements {\n        signed\n        active\n        partners\n      }\n      booths {\n        booths\n        sessions\n        peopleServed\n      }\n    }\n  }\n"): typeof import('./graphql').HeadlineCards_SectionFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgrammeChart_Activities on ActivityTotals {\n    byProgram {\n      program\n      count\n      personTimes\n    }\n  }\n"): typeof import('./graphql').ProgrammeChart_ActivitiesFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityFields on VolunteerActivity {\n    id\n    organizerId\n    organizerPath\n    program\n    title\n    startDate\n    endDate\n    subdistrict\n    site\n    serviceItems\n    personTimes\n    volunteerHours\n    timeBasis\n    beneficiaries\n    charitySales {\n      transactions\n      amount\n      recipient\n    }\n    recordedAt\n    recordedBy\n    correctedAt\n    voided\n    voidedAt\n    voidReason\n  }\n"): typeof import('./graphql').ActivityFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerActivities($filter: LedgerFilter!, $program: VolunteerProgram, $first: Int, $after: String) {\n    volunteerActivities(filter: $filter, program: $program, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ActivityFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').VolunteerActivitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordVolunteerActivity($input: RecordVolunteerActivityInput!) {\n    recordVolunteerActivity(input: $input) {\n      lookAlikes {\n        ...LookAlikeFields\n      }\n      activity {\n        id\n        startDate\n      }\n    }\n  }\n"): typeof import('./graphql').RecordVolunteerActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectVolunteerActivity($input: CorrectVolunteerActivityInput!) {\n    correctVolunteerActivity(input: $input) {\n      lookAlikes {\n        ...LookAlikeFields\n      }\n      activity {\n        id\n        startDate\n      }\n    }\n  }\n"): typeof import('./graphql').CorrectVolunteerActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoidVolunteerActivity($input: VoidRecordInput!) {\n    voidVolunteerActivity(input: $input) {\n      activity {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').VoidVolunteerActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgreementFields on CoBuildingAgreement {\n    id\n    branchId\n    branchPath\n    signedOn\n    validUntil\n    partners {\n      kind\n      name\n    }\n    commitments\n    terminated\n    terminatedOn\n    terminationReason\n    recordedAt\n    recordedBy\n    correctedAt\n  }\n"): typeof import('./graphql').AgreementFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoBuildingAgreements($filter: LedgerFilter!, $first: Int, $after: String) {\n    coBuildingAgreements(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AgreementFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CoBuildingAgreementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignCoBuildingAgreement($input: SignCoBuildingAgreementInput!) {\n    signCoBuildingAgreement(input: $input) {\n      lookAlikes {\n        ...LookAlikeFields\n      }\n      agreement {\n        id\n        signedOn\n      }\n    }\n  }\n"): typeof import('./graphql').SignCoBuildingAgreementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenewCoBuildingAgreement($input: RenewCoBuildingAgreementInput!) {\n    renewCoBuildingAgreement(input: $input) {\n      agreement {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').RenewCoBuildingAgreementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TerminateCoBuildingAgreement($input: TerminateCoBuildingAgreementInput!) {\n    terminateCoBuildingAgreement(input: $input) {\n      agreement {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').TerminateCoBuildingAgreementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BoothFields on Booth {\n    id\n    hostId\n    hostPath\n    kind\n    name\n    subdistrict\n    location\n    openedOn\n    closed\n    closedOn\n    recordedAt\n    recordedBy\n    sessions {\n      id\n      date\n      volunteers\n      peopleServed\n      services\n      voided\n      voidReason\n      recordedAt\n      recordedBy\n    }\n  }\n"): typeof import('./graphql').BoothFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Booths($filter: LedgerFilter!) {\n    booths(filter: $filter) {\n      ...BoothFields\n    }\n  }\n"): typeof import('./graphql').BoothsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenBooth($input: OpenBoothInput!) {\n    openBooth(input: $input) {\n      lookAlikes {\n        ...LookAlikeFields\n      }\n      booth {\n        id\n        openedOn\n      }\n    }\n  }\n"): typeof import('./graphql').OpenBoothDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordBoothSession($input: RecordBoothSessionInput!) {\n    recordBoothSession(input: $input) {\n      lookAlikes {\n        ...LookAlikeFields\n      }\n      sessionId\n      booth {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').RecordBoothSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoidBoothSession($input: VoidBoothSessionInput!) {\n    voidBoothSession(input: $input) {\n      booth {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').VoidBoothSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseBooth($input: CloseBoothInput!) {\n    closeBooth(input: $input) {\n      booth {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CloseBoothDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExamShiftFields on ExamSentinelShift {\n    id\n    organizerId\n    organizerPath\n    examName\n    examDate\n    site\n    supporters\n    recordedAt\n    recordedBy\n    correctedAt\n    voided\n    voidedAt\n    voidReason\n  }\n"): typeof import('./graphql').ExamShiftFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExamSentinelShifts($filter: LedgerFilter!, $first: Int, $after: String) {\n    examSentinelShifts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ExamShiftFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ExamSentinelShiftsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordExamSentinelShift($input: RecordExamSentinelShiftInput!) {\n    recordExamSentinelShift(input: $input) {\n      lookAlikes {\n        ...LookAlikeFields\n      }\n      shift {\n        id\n        examDate\n      }\n    }\n  }\n"): typeof import('./graphql').RecordExamSentinelShiftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectExamSentinelShift($input: CorrectExamSentinelShiftInput!) {\n    correctExamSentinelShift(input: $input) {\n      lookAlikes {\n        ...LookAlikeFields\n      }\n      shift {\n        id\n        examDate\n      }\n    }\n  }\n"): typeof import('./graphql').CorrectExamSentinelShiftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoidExamSentinelShift($input: VoidRecordInput!) {\n    voidExamSentinelShift(input: $input) {\n      shift {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').VoidExamSentinelShiftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordOrgUnits {\n    orgUnits {\n      id\n      name\n      path\n      retired\n    }\n  }\n"): typeof import('./graphql').RecordOrgUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordChoices {\n    subdistricts {\n      id\n      kept\n      names\n    }\n    nameSuggestions(first: 50) {\n      sites\n      serviceItems\n      examSites\n      subdistricts\n    }\n  }\n"): typeof import('./graphql').RecordChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordHistory($id: ID!) {\n    recordHistory(id: $id) {\n      position\n      type\n      data\n      recordedAt\n      recordedBy\n      recordedByName\n    }\n  }\n"): typeof import('./graphql').RecordHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditionPage($year: Int!, $orgUnitId: ID, $editionId: ID!) {\n    sectionEditions(year: $year, orgUnitId: $orgUnitId) {\n      id\n      year\n      orgUnitId\n      orgUnitPath\n      version\n      publishedAt\n      publishedBy\n      publisherName\n      note\n      report\n    }\n    sectionAdjustments(editionId: $editionId) {\n      position\n      type\n      recordedAt\n      recordedBy\n      recordedByName\n      recordId\n      data\n    }\n  }\n"): typeof import('./graphql').EditionPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityRecords($filter: LedgerFilter!, $program: VolunteerProgram, $first: Int!, $after: String) {\n    volunteerActivities(filter: $filter, program: $program, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          program\n          startDate\n          endDate\n          organizerPath\n          subdistrict\n          site\n          personTimes\n          volunteerHours\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ActivityRecordsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReliefRecords($filter: LedgerFilter!, $first: Int!, $after: String) {\n    reliefGrants(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          grantedOn\n          unionPath\n          amount\n          personTimes\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReliefRecordsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShiftRecords($filter: LedgerFilter!, $first: Int!, $after: String) {\n    examSentinelShifts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          examName\n          examDate\n          site\n          supporters\n          organizerPath\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ShiftRecordsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgreementRecords($filter: LedgerFilter!, $first: Int!, $after: String) {\n    coBuildingAgreements(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          branchPath\n          signedOn\n          validUntil\n          terminated\n          partners {\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AgreementRecordsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignRecords($filter: LedgerFilter!) {\n    donationCampaigns(filter: $filter) {\n      id\n      name\n      closed\n      totals {\n        amount\n        donorCount\n        unionCount\n      }\n      donations {\n        id\n        unionPath\n        amount\n        donorCount\n        receivedOn\n        voided\n      }\n    }\n  }\n"): typeof import('./graphql').CampaignRecordsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoothRecords($filter: LedgerFilter!) {\n    booths(filter: $filter) {\n      id\n      name\n      hostPath\n      subdistrict\n      sessions {\n        id\n        date\n        volunteers\n        peopleServed\n        voided\n      }\n    }\n  }\n"): typeof import('./graphql').BoothRecordsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportSectionPage($year: Int!, $orgUnitId: ID) {\n    reportSection(year: $year, orgUnitId: $orgUnitId)\n    communityResponsibility(year: $year, orgUnitId: $orgUnitId) {\n      ...SectionFigures_Section\n    }\n    sinceEdition(year: $year, orgUnitId: $orgUnitId) {\n      ...EditionDrift_Since\n    }\n    sectionEditions(year: $year, orgUnitId: $orgUnitId) {\n      ...EditionList_Edition\n    }\n  }\n"): typeof import('./graphql').ReportSectionPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishSection($input: PublishSectionInput!) {\n    publishSection(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').PublishSectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditionDrift_Since on SinceEdition {\n    editionId\n    version\n    publishedAt\n    changes {\n      figure\n      label\n      before\n      after\n      difference\n    }\n  }\n"): typeof import('./graphql').EditionDrift_SinceFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditionList_Edition on SectionEdition {\n    id\n    version\n    publishedAt\n    publishedBy\n    publisherName\n    note\n  }\n"): typeof import('./graphql').EditionList_EditionFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SectionFigures_Section on CommunityResponsibilitySection {\n    charity {\n      relief {\n        personTimes\n        amount\n      }\n      donatedTotal\n      campaigns {\n        campaignId\n        donorCount\n      }\n    }\n    volunteering {\n      activities {\n        count\n        personTimes\n        volunteerHours\n        beneficiaries\n        byProgram {\n          program\n          count\n          personTimes\n          sites\n        }\n      }\n      examSentinel {\n        exams\n        sites\n        supports\n      }\n      agreements {\n        signed\n        active\n        partners\n      }\n      booths {\n        booths\n        sessions\n        peopleServed\n      }\n    }\n  }\n"): typeof import('./graphql').SectionFigures_SectionFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DonationCampaigns($filter: LedgerFilter!) {\n    donationCampaigns(filter: $filter) {\n      id\n      name\n      organizerId\n      organizerPath\n      year\n      launchedOn\n      closed\n      closedOn\n      voided\n      voidReason\n      recordedBy\n      recordedAt\n      totals {\n        amount\n        donorCount\n        unionCount\n      }\n      expectedUnions {\n        id\n        name\n        path\n      }\n      donations {\n        id\n        unionId\n        unionPath\n        amount\n        donorCount\n        receivedOn\n        voided\n        voidReason\n        correctedAt\n        recordedBy\n      }\n    }\n  }\n"): typeof import('./graphql').DonationCampaignsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TreasurerUnits {\n    orgUnits {\n      id\n      name\n      kind\n      path\n      retired\n    }\n  }\n"): typeof import('./graphql').TreasurerUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LaunchDonationCampaign($input: LaunchDonationCampaignInput!) {\n    launchDonationCampaign(input: $input) {\n      campaign {\n        id\n        year\n      }\n      lookAlikes {\n        ...LookAlikeFields\n      }\n    }\n  }\n"): typeof import('./graphql').LaunchDonationCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordUnionDonation($input: RecordUnionDonationInput!) {\n    recordUnionDonation(input: $input) {\n      lookAlikes {\n        ...LookAlikeFields\n      }\n    }\n  }\n"): typeof import('./graphql').RecordUnionDonationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectUnionDonation($input: CorrectUnionDonationInput!) {\n    correctUnionDonation(input: $input) {\n      lookAlikes {\n        ...LookAlikeFields\n      }\n    }\n  }\n"): typeof import('./graphql').CorrectUnionDonationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoidUnionDonation($input: VoidUnionDonationInput!) {\n    voidUnionDonation(input: $input) {\n      position\n    }\n  }\n"): typeof import('./graphql').VoidUnionDonationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseDonationCampaign($input: CloseDonationCampaignInput!) {\n    closeDonationCampaign(input: $input) {\n      position\n    }\n  }\n"): typeof import('./graphql').CloseDonationCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoidDonationCampaign($input: VoidRecordInput!) {\n    voidDonationCampaign(input: $input) {\n      position\n    }\n  }\n"): typeof import('./graphql').VoidDonationCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReliefGrants($filter: LedgerFilter!, $first: Int, $after: String) {\n    reliefGrants(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          unionId\n          unionPath\n          grantedOn\n          amount\n          personTimes\n          category\n          voided\n          voidReason\n          correctedAt\n          recordedBy\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReliefGrantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantRelief($input: GrantReliefInput!) {\n    grantRelief(input: $input) {\n      position\n      lookAlikes {\n        ...LookAlikeFields\n      }\n      grant {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').GrantReliefDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectReliefGrant($input: CorrectReliefGrantInput!) {\n    correctReliefGrant(input: $input) {\n      position\n      lookAlikes {\n        ...LookAlikeFields\n      }\n      grant {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CorrectReliefGrantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoidReliefGrant($input: VoidRecordInput!) {\n    voidReliefGrant(input: $input) {\n      position\n      grant {\n        id\n        voided\n      }\n    }\n  }\n"): typeof import('./graphql').VoidReliefGrantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LookAlikeFields on LookAlike {\n    kind\n    recordId\n    date\n    year\n    warning\n  }\n"): typeof import('./graphql').LookAlikeFieldsFragmentDoc;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
