/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ChangePasswordInput = {
  currentPassword: string;
  newPassword: string;
};

export type CreateAccountInput = {
  /** The person’s name, e.g. 李四 */
  displayName: string;
  idempotencyKey?: string | null | undefined;
  /** The org units the account acts for (every role but ADMIN needs one) */
  orgUnitIds: Array<string | number>;
  /** A one-time password for the person, who must replace it at the first sign-in */
  password: string;
  roles: Array<Role>;
  /** The login: letters, digits, . _ -; unique without regard to case */
  username: string;
};

export type DisableAccountInput = {
  id: string | number;
  /** Why, for the history */
  reason: string;
};

export type EnableAccountInput = {
  id: string | number;
};

/** 组织 kinds: 区局 bureau, 部门, 党支部, 团支部, 工会, 支局, 营业厅, 工作室 */
export type OrgUnitKind =
  | 'BUREAU'
  | 'DEPARTMENT'
  | 'LEAGUE_BRANCH'
  | 'PARTY_BRANCH'
  | 'SERVICE_HALL'
  | 'STUDIO'
  | 'SUB_BUREAU'
  | 'UNION';

export type RegisterOrgUnitInput = {
  idempotencyKey?: string | null | undefined;
  kind: OrgUnitKind;
  name: string;
  /** The parent unit; leave out only for a BUREAU at the top */
  parentId?: string | number | null | undefined;
};

export type RenameOrgUnitInput = {
  id: string | number;
  /** The new name; siblings may not share one */
  name: string;
};

export type ResetPasswordInput = {
  id: string | number;
  /** A one-time password: the holder must replace it at the next sign-in */
  newPassword: string;
};

export type RetireOrgUnitInput = {
  id: string | number;
  /** Why, for the history, e.g. 机构调整，并入康健支局 */
  reason?: string | null | undefined;
};

/** What an account or token may do: 记录员 RECORDER, 工会财务 TREASURER, 报告汇编 COMPILER, 管理员 ADMIN */
export type Role =
  /** 管理员 */
  | 'ADMIN'
  /** 报告汇编 */
  | 'COMPILER'
  /** 记录员 */
  | 'RECORDER'
  /** 工会财务 */
  | 'TREASURER';

export type SetSubdistrictsInput = {
  /** The whole list as it should stand, e.g. ["枫林", "湖南街道", "华泾镇"]; [] keeps none (any 街道 is taken) */
  names: Array<string>;
};

export type SignInInput = {
  password: string;
  username: string;
};

export type UpdateAccountInput = {
  displayName?: string | null | undefined;
  id: string | number;
  orgUnitIds?: Array<string | number> | null | undefined;
  roles?: Array<Role> | null | undefined;
};

/** Volunteer programs; LEI_FENG is 学雷锋 */
export type VolunteerProgram =
  | 'ANTI_FRAUD'
  | 'COMMUNITY_SERVICE'
  | 'DIGITAL_INCLUSION'
  | 'ELDERLY_CARE'
  | 'LEI_FENG'
  | 'OTHER'
  | 'PUBLIC_WELFARE';

export type AccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountsQuery = { accounts: Array<{ id: string, username: string, displayName: string, roles: Array<Role>, orgUnitIds: Array<string>, disabled: boolean, mustChangePassword: boolean }> };

export type CreateAccountMutationVariables = Exact<{
  input: CreateAccountInput;
}>;


export type CreateAccountMutation = { createAccount: { account: { id: string, username: string, displayName: string } } };

export type UpdateAccountMutationVariables = Exact<{
  input: UpdateAccountInput;
}>;


export type UpdateAccountMutation = { updateAccount: { account: { id: string } } };

export type DisableAccountMutationVariables = Exact<{
  input: DisableAccountInput;
}>;


export type DisableAccountMutation = { disableAccount: { account: { id: string, disabled: boolean } } };

export type EnableAccountMutationVariables = Exact<{
  input: EnableAccountInput;
}>;


export type EnableAccountMutation = { enableAccount: { account: { id: string, disabled: boolean } } };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword: { account: { id: string, username: string, displayName: string } } };

export type OrgChartQueryVariables = Exact<{ [key: string]: never; }>;


export type OrgChartQuery = { orgUnits: Array<{ id: string, name: string, kind: OrgUnitKind, parentId: string | null, path: Array<string>, retired: boolean, retiredOn: string | null }> };

export type RegisterOrgUnitMutationVariables = Exact<{
  input: RegisterOrgUnitInput;
}>;


export type RegisterOrgUnitMutation = { registerOrgUnit: { position: string, orgUnit: { id: string, name: string } } };

export type RenameOrgUnitMutationVariables = Exact<{
  input: RenameOrgUnitInput;
}>;


export type RenameOrgUnitMutation = { renameOrgUnit: { position: string, orgUnit: { id: string, name: string } } };

export type RetireOrgUnitMutationVariables = Exact<{
  input: RetireOrgUnitInput;
}>;


export type RetireOrgUnitMutation = { retireOrgUnit: { position: string, orgUnit: { id: string, name: string, retired: boolean } } };

export type ProjectionStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type ProjectionStatusQuery = { projectionStatus: Array<{ name: string, state: string, lag: number, checkpoint: string, headPosition: string, lastError: string | null, rebuilding: { generation: number, checkpoint: string, lag: number, state: string } | null }> };

export type RebuildProjectionsMutationVariables = Exact<{ [key: string]: never; }>;


export type RebuildProjectionsMutation = { rebuildProjections: { generation: number, events: number, durationMs: number } };

export type SubdistrictListQueryVariables = Exact<{ [key: string]: never; }>;


export type SubdistrictListQuery = { subdistricts: { id: string, kept: boolean, names: Array<string> }, nameSuggestions: { subdistrictsUsed: Array<string> } };

export type SetSubdistrictsMutationVariables = Exact<{
  input: SetSubdistrictsInput;
}>;


export type SetSubdistrictsMutation = { setSubdistricts: { position: string, subdistricts: { id: string, kept: boolean, names: Array<string> } } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, username: string, displayName: string, roles: Array<Role>, orgUnitIds: Array<string>, mustChangePassword: boolean } | null };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { expiresAt: string, account: { id: string, username: string, displayName: string, roles: Array<Role>, orgUnitIds: Array<string>, mustChangePassword: boolean } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type ScopeNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type ScopeNamesQuery = { orgUnits: Array<{ id: string, name: string }> };

export type HomeSectionQueryVariables = Exact<{
  year: number;
  orgUnitId?: string | number | null | undefined;
}>;


export type HomeSectionQuery = { communityResponsibility: (
    { year: number, volunteering: { activities: { ' $fragmentRefs'?: { 'ProgrammeChart_ActivitiesFragment': ProgrammeChart_ActivitiesFragment } } } }
    & { ' $fragmentRefs'?: { 'HeadlineCards_SectionFragment': HeadlineCards_SectionFragment } }
  ) };

export type HeadlineCards_SectionFragment = { charity: { donatedTotal: string, relief: { personTimes: number, amount: string }, campaigns: Array<{ campaignId: string, name: string, amount: string, donorCount: number, unionCount: number }> }, volunteering: { activities: { count: number, personTimes: number, volunteerHours: string, byProgram: Array<{ program: VolunteerProgram, count: number, personTimes: number, sites: number }> }, examSentinel: { exams: number, sites: number, supports: number }, agreements: { signed: number, active: number, partners: number }, booths: { booths: number, sessions: number, peopleServed: number } } } & { ' $fragmentName'?: 'HeadlineCards_SectionFragment' };

export type ProgrammeChart_ActivitiesFragment = { byProgram: Array<{ program: VolunteerProgram, count: number, personTimes: number }> } & { ' $fragmentName'?: 'ProgrammeChart_ActivitiesFragment' };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const HeadlineCards_SectionFragmentDoc = new TypedDocumentString(`
    fragment HeadlineCards_Section on CommunityResponsibilitySection {
  charity {
    relief {
      personTimes
      amount
    }
    donatedTotal
    campaigns {
      campaignId
      name
      amount
      donorCount
      unionCount
    }
  }
  volunteering {
    activities {
      count
      personTimes
      volunteerHours
      byProgram {
        program
        count
        personTimes
        sites
      }
    }
    examSentinel {
      exams
      sites
      supports
    }
    agreements {
      signed
      active
      partners
    }
    booths {
      booths
      sessions
      peopleServed
    }
  }
}
    `, {"fragmentName":"HeadlineCards_Section"}) as unknown as TypedDocumentString<HeadlineCards_SectionFragment, unknown>;
export const ProgrammeChart_ActivitiesFragmentDoc = new TypedDocumentString(`
    fragment ProgrammeChart_Activities on ActivityTotals {
  byProgram {
    program
    count
    personTimes
  }
}
    `, {"fragmentName":"ProgrammeChart_Activities"}) as unknown as TypedDocumentString<ProgrammeChart_ActivitiesFragment, unknown>;
export const AccountsDocument = new TypedDocumentString(`
    query Accounts {
  accounts {
    id
    username
    displayName
    roles
    orgUnitIds
    disabled
    mustChangePassword
  }
}
    `) as unknown as TypedDocumentString<AccountsQuery, AccountsQueryVariables>;
export const CreateAccountDocument = new TypedDocumentString(`
    mutation CreateAccount($input: CreateAccountInput!) {
  createAccount(input: $input) {
    account {
      id
      username
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<CreateAccountMutation, CreateAccountMutationVariables>;
export const UpdateAccountDocument = new TypedDocumentString(`
    mutation UpdateAccount($input: UpdateAccountInput!) {
  updateAccount(input: $input) {
    account {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateAccountMutation, UpdateAccountMutationVariables>;
export const DisableAccountDocument = new TypedDocumentString(`
    mutation DisableAccount($input: DisableAccountInput!) {
  disableAccount(input: $input) {
    account {
      id
      disabled
    }
  }
}
    `) as unknown as TypedDocumentString<DisableAccountMutation, DisableAccountMutationVariables>;
export const EnableAccountDocument = new TypedDocumentString(`
    mutation EnableAccount($input: EnableAccountInput!) {
  enableAccount(input: $input) {
    account {
      id
      disabled
    }
  }
}
    `) as unknown as TypedDocumentString<EnableAccountMutation, EnableAccountMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($input: ResetPasswordInput!) {
  resetPassword(input: $input) {
    account {
      id
      username
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const OrgChartDocument = new TypedDocumentString(`
    query OrgChart {
  orgUnits {
    id
    name
    kind
    parentId
    path
    retired
    retiredOn
  }
}
    `) as unknown as TypedDocumentString<OrgChartQuery, OrgChartQueryVariables>;
export const RegisterOrgUnitDocument = new TypedDocumentString(`
    mutation RegisterOrgUnit($input: RegisterOrgUnitInput!) {
  registerOrgUnit(input: $input) {
    position
    orgUnit {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterOrgUnitMutation, RegisterOrgUnitMutationVariables>;
export const RenameOrgUnitDocument = new TypedDocumentString(`
    mutation RenameOrgUnit($input: RenameOrgUnitInput!) {
  renameOrgUnit(input: $input) {
    position
    orgUnit {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<RenameOrgUnitMutation, RenameOrgUnitMutationVariables>;
export const RetireOrgUnitDocument = new TypedDocumentString(`
    mutation RetireOrgUnit($input: RetireOrgUnitInput!) {
  retireOrgUnit(input: $input) {
    position
    orgUnit {
      id
      name
      retired
    }
  }
}
    `) as unknown as TypedDocumentString<RetireOrgUnitMutation, RetireOrgUnitMutationVariables>;
export const ProjectionStatusDocument = new TypedDocumentString(`
    query ProjectionStatus {
  projectionStatus {
    name
    state
    lag
    checkpoint
    headPosition
    lastError
    rebuilding {
      generation
      checkpoint
      lag
      state
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectionStatusQuery, ProjectionStatusQueryVariables>;
export const RebuildProjectionsDocument = new TypedDocumentString(`
    mutation RebuildProjections {
  rebuildProjections {
    generation
    events
    durationMs
  }
}
    `) as unknown as TypedDocumentString<RebuildProjectionsMutation, RebuildProjectionsMutationVariables>;
export const SubdistrictListDocument = new TypedDocumentString(`
    query SubdistrictList {
  subdistricts {
    id
    kept
    names
  }
  nameSuggestions(first: 100) {
    subdistrictsUsed
  }
}
    `) as unknown as TypedDocumentString<SubdistrictListQuery, SubdistrictListQueryVariables>;
export const SetSubdistrictsDocument = new TypedDocumentString(`
    mutation SetSubdistricts($input: SetSubdistrictsInput!) {
  setSubdistricts(input: $input) {
    position
    subdistricts {
      id
      kept
      names
    }
  }
}
    `) as unknown as TypedDocumentString<SetSubdistrictsMutation, SetSubdistrictsMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    username
    displayName
    roles
    orgUnitIds
    mustChangePassword
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    expiresAt
    account {
      id
      username
      displayName
      roles
      orgUnitIds
      mustChangePassword
    }
  }
}
    `) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const ScopeNamesDocument = new TypedDocumentString(`
    query ScopeNames {
  orgUnits {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ScopeNamesQuery, ScopeNamesQueryVariables>;
export const HomeSectionDocument = new TypedDocumentString(`
    query HomeSection($year: Int!, $orgUnitId: ID) {
  communityResponsibility(year: $year, orgUnitId: $orgUnitId) {
    year
    ...HeadlineCards_Section
    volunteering {
      activities {
        ...ProgrammeChart_Activities
      }
    }
  }
}
    fragment HeadlineCards_Section on CommunityResponsibilitySection {
  charity {
    relief {
      personTimes
      amount
    }
    donatedTotal
    campaigns {
      campaignId
      name
      amount
      donorCount
      unionCount
    }
  }
  volunteering {
    activities {
      count
      personTimes
      volunteerHours
      byProgram {
        program
        count
        personTimes
        sites
      }
    }
    examSentinel {
      exams
      sites
      supports
    }
    agreements {
      signed
      active
      partners
    }
    booths {
      booths
      sessions
      peopleServed
    }
  }
}
fragment ProgrammeChart_Activities on ActivityTotals {
  byProgram {
    program
    count
    personTimes
  }
}`) as unknown as TypedDocumentString<HomeSectionQuery, HomeSectionQueryVariables>;