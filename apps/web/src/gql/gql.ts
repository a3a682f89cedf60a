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
    "\n  query HomeSection($year: Int!, $orgUnitId: ID) {\n    communityResponsibility(year: $year, orgUnitId: $orgUnitId) {\n      year\n      ...HeadlineCards_Section\n      volunteering {\n        activities {\n          ...ProgrammeChart_Activities\n        }\n      }\n    }\n  }\n": typeof types.HomeSectionDocument,
    "\n  fragment HeadlineCards_Section on CommunityResponsibilitySection {\n    charity {\n      relief {\n        personTimes\n        amount\n      }\n      donatedTotal\n      campaigns {\n        campaignId\n        name\n        amount\n        donorCount\n        unionCount\n      }\n    }\n    volunteering {\n      activities {\n        count\n        personTimes\n        volunteerHours\n        byProgram {\n          program\n          count\n          personTimes\n          sites\n        }\n      }\n      examSentinel {\n        exams\n        sites\n        supports\n      }\n      agreements {\n        signed\n        active\n        partners\n      }\n      booths {\n        booths\n        sessions\n        peopleServed\n      }\n    }\n  }\n": typeof types.HeadlineCards_SectionFragmentDoc,
    "\n  fragment ProgrammeChart_Activities on ActivityTotals {\n    byProgram {\n      program\n      count\n      personTimes\n    }\n  }\n": typeof types.ProgrammeChart_ActivitiesFragmentDoc,
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
    "\n  query HomeSection($year: Int!, $orgUnitId: ID) {\n    communityResponsibility(year: $year, orgUnitId: $orgUnitId) {\n      year\n      ...HeadlineCards_Section\n      volunteering {\n        activities {\n          ...ProgrammeChart_Activities\n        }\n      }\n    }\n  }\n": types.HomeSectionDocument,
    "\n  fragment HeadlineCards_Section on CommunityResponsibilitySection {\n    charity {\n      relief {\n        personTimes\n        amount\n      }\n      donatedTotal\n      campaigns {\n        campaignId\n        name\n        amount\n        donorCount\n        unionCount\n      }\n    }\n    volunteering {\n      activities {\n        count\n        personTimes\n        volunteerHours\n        byProgram {\n          program\n          count\n          personTimes\n          sites\n        }\n      }\n      examSentinel {\n        exams\n        sites\n        supports\n      }\n      agreements {\n        signed\n        active\n        partners\n      }\n      booths {\n        booths\n        sessions\n        peopleServed\n      }\n    }\n  }\n": types.HeadlineCards_SectionFragmentDoc,
    "\n  fragment ProgrammeChart_Activities on ActivityTotals {\n    byProgram {\n      program\n      count\n      personTimes\n    }\n  }\n": types.ProgrammeChart_ActivitiesFragmentDoc,
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
export function graphql(source: "\n  query HomeSection($year: Int!, $orgUnitId: ID) {\n    communityResponsibility(year: $year, orgUnitId: $orgUnitId) {\n      year\n      ...HeadlineCards_Section\n      volunteering {\n        activities {\n          ...ProgrammeChart_Activities\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HomeSectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HeadlineCards_Section on CommunityResponsibilitySection {\n    charity {\n      relief {\n        personTimes\n        amount\n      }\n      donatedTotal\n      campaigns {\n        campaignId\n        name\n        amount\n        donorCount\n        unionCount\n      }\n    }\n    volunteering {\n      activities {\n        count\n        personTimes\n        volunteerHours\n        byProgram {\n          program\n          count\n          personTimes\n          sites\n        }\n      }\n      examSentinel {\n        exams\n        sites\n        supports\n      }\n      agreements {\n        signed\n        active\n        partners\n      }\n      booths {\n        booths\n        sessions\n        peopleServed\n      }\n    }\n  }\n"): typeof import('./graphql').HeadlineCards_SectionFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgrammeChart_Activities on ActivityTotals {\n    byProgram {\n      program\n      count\n      personTimes\n    }\n  }\n"): typeof import('./graphql').ProgrammeChart_ActivitiesFragmentDoc;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
