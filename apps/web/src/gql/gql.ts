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
    "\n  query HomeSection($year: Int!, $orgUnitId: ID) {\n    communityResponsibility(year: $year, orgUnitId: $orgUnitId) {\n      year\n      ...HeadlineCards_Section\n      volunteering {\n        activities {\n          ...ProgrammeChart_Activities\n        }\n      }\n    }\n  }\n": typeof types.HomeSectionDocument,
    "\n  fragment HeadlineCards_Section on CommunityResponsibilitySection {\n    charity {\n      relief {\n        personTimes\n        amount\n      }\n      donatedTotal\n      campaigns {\n        campaignId\n        name\n        amount\n        donorCount\n        unionCount\n      }\n    }\n    volunteering {\n      activities {\n        count\n        personTimes\n        volunteerHours\n        byProgram {\n          program\n          count\n          personTimes\n          sites\n        }\n      }\n      examSentinel {\n        exams\n        sites\n        supports\n      }\n      agreements {\n        signed\n        active\n        partners\n      }\n      booths {\n        booths\n        sessions\n        peopleServed\n      }\n    }\n  }\n": typeof types.HeadlineCards_SectionFragmentDoc,
    "\n  fragment ProgrammeChart_Activities on ActivityTotals {\n    byProgram {\n      program\n      count\n      personTimes\n    }\n  }\n": typeof types.ProgrammeChart_ActivitiesFragmentDoc,
};
const documents: Documents = {
    "\n  query HomeSection($year: Int!, $orgUnitId: ID) {\n    communityResponsibility(year: $year, orgUnitId: $orgUnitId) {\n      year\n      ...HeadlineCards_Section\n      volunteering {\n        activities {\n          ...ProgrammeChart_Activities\n        }\n      }\n    }\n  }\n": types.HomeSectionDocument,
    "\n  fragment HeadlineCards_Section on CommunityResponsibilitySection {\n    charity {\n      relief {\n        personTimes\n        amount\n      }\n      donatedTotal\n      campaigns {\n        campaignId\n        name\n        amount\n        donorCount\n        unionCount\n      }\n    }\n    volunteering {\n      activities {\n        count\n        personTimes\n        volunteerHours\n        byProgram {\n          program\n          count\n          personTimes\n          sites\n        }\n      }\n      examSentinel {\n        exams\n        sites\n        supports\n      }\n      agreements {\n        signed\n        active\n        partners\n      }\n      booths {\n        booths\n        sessions\n        peopleServed\n      }\n    }\n  }\n": types.HeadlineCards_SectionFragmentDoc,
    "\n  fragment ProgrammeChart_Activities on ActivityTotals {\n    byProgram {\n      program\n      count\n      personTimes\n    }\n  }\n": types.ProgrammeChart_ActivitiesFragmentDoc,
};

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
