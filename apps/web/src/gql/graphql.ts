/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Hello老友亭 help points for the elderly, 雷锋亭 Lei Feng kiosks, 志愿服务亭 volunteer kiosks */
export type BoothKind =
  | 'HELLO_LAOYOU'
  | 'LEI_FENG_KIOSK'
  | 'VOLUNTEER_KIOSK';

export type ChangePasswordInput = {
  currentPassword: string;
  newPassword: string;
};

export type CharitySalesInput = {
  /** yuan, e.g. "1280.50" */
  amount: string;
  /** Who received the proceeds, e.g. 红十字会 */
  recipient: string;
  /** 笔 transactions */
  transactions: number;
};

export type CloseBoothInput = {
  closedOn: string;
  id: string | number;
};

export type CloseDonationCampaignInput = {
  closedOn: string;
  id: string | number;
};

export type CorrectExamSentinelShiftInput = {
  examDate?: string | null | undefined;
  /** 考试名称, e.g. 春季高考 */
  examName?: string | null | undefined;
  id: string | number;
  /** Why the record is corrected; kept in its history */
  reason: string;
  /** 考点 exam site */
  site?: string | null | undefined;
  /** 保障人次 supports: volunteers on duty */
  supporters?: number | null | undefined;
};

export type CorrectReliefGrantInput = {
  /** yuan, e.g. "500.00" */
  amount?: string | null | undefined;
  category?: ReliefCategory | null | undefined;
  /** 发放日期 date granted */
  grantedOn?: string | null | undefined;
  id: string | number;
  /** 人次 person-times */
  personTimes?: number | null | undefined;
  /** Why the record is corrected; kept in its history */
  reason: string;
};

export type CorrectUnionDonationInput = {
  /** yuan */
  amount?: string | null | undefined;
  campaignId: string | number;
  donationId: string | number;
  /** 捐款人数 donors */
  donorCount?: number | null | undefined;
  /** Why the donation is corrected; kept in its history */
  reason: string;
};

export type CorrectVolunteerActivityInput = {
  /** A 党建翼联 agreement this activity serves */
  agreementId?: string | number | null | undefined;
  beneficiaries?: number | null | undefined;
  charitySales?: CharitySalesInput | null | undefined;
  /** Defaults to startDate */
  endDate?: string | null | undefined;
  id: string | number;
  organizerId?: string | number | null | undefined;
  /** 人次 person-times */
  personTimes?: number | null | undefined;
  program?: VolunteerProgram | null | undefined;
  /** Why the record is corrected; kept in its history */
  reason: string;
  serviceItems?: Array<string> | null | undefined;
  site?: string | null | undefined;
  startDate?: string | null | undefined;
  /** 街道 */
  subdistrict?: string | null | undefined;
  /** Defaults to OWN_TIME */
  timeBasis?: TimeBasis | null | undefined;
  title?: string | null | undefined;
  volunteerHours?: string | null | undefined;
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

export type GrantReliefInput = {
  /** yuan, e.g. "500.00" */
  amount: string;
  category: ReliefCategory;
  /** 发放日期 date granted */
  grantedOn: string;
  idempotencyKey?: string | null | undefined;
  /** 人次 person-times */
  personTimes: number;
  /** The paying 工会 union */
  unionId: string | number;
};

export type LaunchDonationCampaignInput = {
  idempotencyKey?: string | null | undefined;
  launchedOn: string;
  /** e.g. 2023年爱心一日捐 */
  name: string;
  /** The 工会 union running the campaign; must be a UNION org unit */
  organizerId: string | number;
  /** The report year the campaign belongs to */
  year: number;
};

export type LedgerFilter = {
  /** One record only, by its id (a record's own page), still within the year and your scope */
  id?: string | number | null | undefined;
  /** List voided records too */
  includeVoided?: boolean | null | undefined;
  /** An org unit in your scope (its descendants included); default: your whole scope */
  orgUnitId?: string | number | null | undefined;
  /** Words in the title, site, exam name, partner, union or booth name, as the kind has them (case-insensitive) */
  search?: string | null | undefined;
  /** The records of this year, by each kind's own date (a campaign: its own year; an agreement: active that year) */
  year: number;
};

/** What kind of record a look-alike is */
export type LookAlikeKind =
  | 'BOOTH'
  | 'BOOTH_SESSION'
  | 'CO_BUILDING_AGREEMENT'
  | 'DONATION_CAMPAIGN'
  | 'EXAM_SENTINEL_SHIFT'
  | 'RELIEF_GRANT'
  | 'UNION_DONATION'
  | 'VOLUNTEER_ACTIVITY';

export type OpenBoothInput = {
  /** The org unit that staffs the booth */
  hostId: string | number;
  idempotencyKey?: string | null | undefined;
  kind: BoothKind;
  /** Where it stands, e.g. 肿瘤医院对面 */
  location: string;
  /** e.g. 枫林Hello老友亭 */
  name: string;
  openedOn: string;
  /** 街道, e.g. 枫林街道 */
  subdistrict: string;
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

export type PartnerInput = {
  kind: PartnerKind;
  /** e.g. 长丰坊居委 */
  name: string;
};

/** 党建翼联 partners: 居委 residents committee, 街道 subdistrict, a party branch of another organisation, school, hospital */
export type PartnerKind =
  | 'ENTERPRISE_BRANCH'
  | 'HOSPITAL'
  | 'OTHER'
  | 'RESIDENTS_COMMITTEE'
  | 'SCHOOL'
  | 'SUBDISTRICT';

export type PublishSectionInput = {
  idempotencyKey?: string | null | undefined;
  /** 发布说明, e.g. “随2023年度社会责任报告发布” */
  note?: string | null | undefined;
  /** Default: the whole company for an ADMIN, your one unit for a COMPILER */
  orgUnitId?: string | number | null | undefined;
  year: number;
};

export type RecordBoothSessionInput = {
  boothId: string | number;
  /** The staffed day; within the booth’s open period */
  date: string;
  /** Repeating a request with the same key records the session once */
  idempotencyKey?: string | null | undefined;
  /** 服务人数 people served */
  peopleServed: number;
  /** 服务内容, e.g. 智能手机教学, 反诈宣传 */
  services: Array<string>;
  /** Volunteers on duty (人次) */
  volunteers: number;
};

export type RecordExamSentinelShiftInput = {
  examDate: string;
  /** 考试名称, e.g. 春季高考 */
  examName: string;
  idempotencyKey?: string | null | undefined;
  organizerId: string | number;
  /** 考点 exam site */
  site: string;
  /** 保障人次 supports: volunteers on duty */
  supporters: number;
};

export type RecordUnionDonationInput = {
  /** yuan, e.g. "5860.00" */
  amount: string;
  campaignId: string | number;
  /** 捐款人数 donors */
  donorCount: number;
  /** Repeating a request with the same key records the donation once */
  idempotencyKey?: string | null | undefined;
  receivedOn: string;
  /** The 部门工会 department union that collected the donation; must be a UNION org unit */
  unionId: string | number;
};

export type RecordVolunteerActivityInput = {
  /** A 党建翼联 agreement this activity serves */
  agreementId?: string | number | null | undefined;
  beneficiaries?: number | null | undefined;
  charitySales?: CharitySalesInput | null | undefined;
  /** Defaults to startDate */
  endDate?: string | null | undefined;
  idempotencyKey?: string | null | undefined;
  organizerId: string | number;
  /** 人次 person-times */
  personTimes: number;
  program: VolunteerProgram;
  serviceItems: Array<string>;
  site: string;
  startDate: string;
  /** 街道 */
  subdistrict?: string | null | undefined;
  /** Defaults to OWN_TIME */
  timeBasis?: TimeBasis | null | undefined;
  title: string;
  volunteerHours?: string | null | undefined;
};

export type RegisterOrgUnitInput = {
  idempotencyKey?: string | null | undefined;
  kind: OrgUnitKind;
  name: string;
  /** The parent unit; leave out only for a BUREAU at the top */
  parentId?: string | number | null | undefined;
};

/** 帮困 relief categories: 大病 serious illness, 生活困难 living hardship, 灾害 disaster, other */
export type ReliefCategory =
  | 'DISASTER'
  | 'LIVING_HARDSHIP'
  | 'OTHER'
  | 'SERIOUS_ILLNESS';

export type RenameOrgUnitInput = {
  id: string | number;
  /** The new name; siblings may not share one */
  name: string;
};

export type RenewCoBuildingAgreementInput = {
  id: string | number;
  /** The new 有效期至 valid-until date */
  validUntil: string;
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

export type SignCoBuildingAgreementInput = {
  /** The signing party branch (or sub-bureau) */
  branchId: string | number;
  /** 共建事项 commitments */
  commitments: Array<string>;
  idempotencyKey?: string | null | undefined;
  partners: Array<PartnerInput>;
  signedOn: string;
  /** Leave out for an open-ended agreement */
  validUntil?: string | null | undefined;
};

export type SignInInput = {
  password: string;
  username: string;
};

export type TerminateCoBuildingAgreementInput = {
  id: string | number;
  /** Why the agreement ended; kept in its history */
  reason: string;
  /** 终止日期 the day the agreement ended */
  terminatedOn: string;
};

/** B4SI split: volunteering in paid working hours or in own time */
export type TimeBasis =
  | 'OWN_TIME'
  | 'WORKING_HOURS';

export type UpdateAccountInput = {
  displayName?: string | null | undefined;
  id: string | number;
  orgUnitIds?: Array<string | number> | null | undefined;
  roles?: Array<Role> | null | undefined;
};

export type VoidBoothSessionInput = {
  boothId: string | number;
  /** Why the session is void, e.g. "entered twice" */
  reason: string;
  sessionId: string | number;
};

export type VoidRecordInput = {
  id: string | number;
  /** Why the record is void, e.g. "entered twice" */
  reason: string;
};

export type VoidUnionDonationInput = {
  campaignId: string | number;
  donationId: string | number;
  /** Why the donation is void, e.g. "entered twice" */
  reason: string;
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

export type HomeMonthsQueryVariables = Exact<{
  year: number;
}>;


export type HomeMonthsQuery = { volunteerActivityMonths: Array<{ month: number, count: number, personTimes: number }> };

export type HomeEditionQueryVariables = Exact<{
  year: number;
}>;


export type HomeEditionQuery = { sinceEdition: { editionId: string, version: number, publishedAt: string, changes: Array<{ figure: string }> } | null };

export type HomeTodoQueryVariables = Exact<{
  campaignYear: number;
  boothYear: number;
}>;


export type HomeTodoQuery = { donationCampaigns: Array<{ id: string, name: string, closed: boolean, voided: boolean }>, booths: Array<{ id: string, name: string, openedOn: string, closed: boolean, sessions: Array<{ date: string, voided: boolean }> }> };

export type HomeUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeUnitsQuery = { orgUnits: Array<{ id: string, name: string, kind: OrgUnitKind, parentId: string | null, retired: boolean }> };

export type UnitActivitiesQueryVariables = Exact<{
  year: number;
  orgUnitId: string | number;
}>;


export type UnitActivitiesQuery = { communityResponsibility: { volunteering: { activities: { count: number, personTimes: number } } } };

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

export type ActivityFieldsFragment = { id: string, organizerId: string, organizerPath: Array<string>, program: VolunteerProgram, title: string, startDate: string, endDate: string, subdistrict: string | null, site: string, serviceItems: Array<string>, personTimes: number, volunteerHours: string | null, timeBasis: TimeBasis, beneficiaries: number | null, recordedAt: string, recordedBy: string, correctedAt: string | null, voided: boolean, voidedAt: string | null, voidReason: string | null, charitySales: { transactions: number, amount: string, recipient: string } | null } & { ' $fragmentName'?: 'ActivityFieldsFragment' };

export type VolunteerActivitiesQueryVariables = Exact<{
  filter: LedgerFilter;
  program?: VolunteerProgram | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type VolunteerActivitiesQuery = { volunteerActivities: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { ' $fragmentRefs'?: { 'ActivityFieldsFragment': ActivityFieldsFragment } } }> } };

export type RecordVolunteerActivityMutationVariables = Exact<{
  input: RecordVolunteerActivityInput;
}>;


export type RecordVolunteerActivityMutation = { recordVolunteerActivity: { lookAlikes: Array<{ ' $fragmentRefs'?: { 'LookAlikeFieldsFragment': LookAlikeFieldsFragment } }>, activity: { id: string, startDate: string } } };

export type CorrectVolunteerActivityMutationVariables = Exact<{
  input: CorrectVolunteerActivityInput;
}>;


export type CorrectVolunteerActivityMutation = { correctVolunteerActivity: { lookAlikes: Array<{ ' $fragmentRefs'?: { 'LookAlikeFieldsFragment': LookAlikeFieldsFragment } }>, activity: { id: string, startDate: string } } };

export type VoidVolunteerActivityMutationVariables = Exact<{
  input: VoidRecordInput;
}>;


export type VoidVolunteerActivityMutation = { voidVolunteerActivity: { activity: { id: string } } };

export type AgreementFieldsFragment = { id: string, branchId: string, branchPath: Array<string>, signedOn: string, validUntil: string | null, commitments: Array<string>, terminated: boolean, terminatedOn: string | null, terminationReason: string | null, recordedAt: string, recordedBy: string, correctedAt: string | null, partners: Array<{ kind: PartnerKind, name: string }> } & { ' $fragmentName'?: 'AgreementFieldsFragment' };

export type CoBuildingAgreementsQueryVariables = Exact<{
  filter: LedgerFilter;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CoBuildingAgreementsQuery = { coBuildingAgreements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { ' $fragmentRefs'?: { 'AgreementFieldsFragment': AgreementFieldsFragment } } }> } };

export type SignCoBuildingAgreementMutationVariables = Exact<{
  input: SignCoBuildingAgreementInput;
}>;


export type SignCoBuildingAgreementMutation = { signCoBuildingAgreement: { lookAlikes: Array<{ ' $fragmentRefs'?: { 'LookAlikeFieldsFragment': LookAlikeFieldsFragment } }>, agreement: { id: string, signedOn: string } } };

export type RenewCoBuildingAgreementMutationVariables = Exact<{
  input: RenewCoBuildingAgreementInput;
}>;


export type RenewCoBuildingAgreementMutation = { renewCoBuildingAgreement: { agreement: { id: string } } };

export type TerminateCoBuildingAgreementMutationVariables = Exact<{
  input: TerminateCoBuildingAgreementInput;
}>;


export type TerminateCoBuildingAgreementMutation = { terminateCoBuildingAgreement: { agreement: { id: string } } };

export type BoothFieldsFragment = { id: string, hostId: string, hostPath: Array<string>, kind: BoothKind, name: string, subdistrict: string, location: string, openedOn: string, closed: boolean, closedOn: string | null, recordedAt: string, recordedBy: string, sessions: Array<{ id: string, date: string, volunteers: number, peopleServed: number, services: Array<string>, voided: boolean, voidReason: string | null, recordedAt: string, recordedBy: string }> } & { ' $fragmentName'?: 'BoothFieldsFragment' };

export type BoothsQueryVariables = Exact<{
  filter: LedgerFilter;
}>;


export type BoothsQuery = { booths: Array<{ ' $fragmentRefs'?: { 'BoothFieldsFragment': BoothFieldsFragment } }> };

export type OpenBoothMutationVariables = Exact<{
  input: OpenBoothInput;
}>;


export type OpenBoothMutation = { openBooth: { lookAlikes: Array<{ ' $fragmentRefs'?: { 'LookAlikeFieldsFragment': LookAlikeFieldsFragment } }>, booth: { id: string, openedOn: string } } };

export type RecordBoothSessionMutationVariables = Exact<{
  input: RecordBoothSessionInput;
}>;


export type RecordBoothSessionMutation = { recordBoothSession: { sessionId: string | null, lookAlikes: Array<{ ' $fragmentRefs'?: { 'LookAlikeFieldsFragment': LookAlikeFieldsFragment } }>, booth: { id: string } } };

export type VoidBoothSessionMutationVariables = Exact<{
  input: VoidBoothSessionInput;
}>;


export type VoidBoothSessionMutation = { voidBoothSession: { booth: { id: string } } };

export type CloseBoothMutationVariables = Exact<{
  input: CloseBoothInput;
}>;


export type CloseBoothMutation = { closeBooth: { booth: { id: string } } };

export type ExamShiftFieldsFragment = { id: string, organizerId: string, organizerPath: Array<string>, examName: string, examDate: string, site: string, supporters: number, recordedAt: string, recordedBy: string, correctedAt: string | null, voided: boolean, voidedAt: string | null, voidReason: string | null } & { ' $fragmentName'?: 'ExamShiftFieldsFragment' };

export type ExamSentinelShiftsQueryVariables = Exact<{
  filter: LedgerFilter;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ExamSentinelShiftsQuery = { examSentinelShifts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { ' $fragmentRefs'?: { 'ExamShiftFieldsFragment': ExamShiftFieldsFragment } } }> } };

export type RecordExamSentinelShiftMutationVariables = Exact<{
  input: RecordExamSentinelShiftInput;
}>;


export type RecordExamSentinelShiftMutation = { recordExamSentinelShift: { lookAlikes: Array<{ ' $fragmentRefs'?: { 'LookAlikeFieldsFragment': LookAlikeFieldsFragment } }>, shift: { id: string, examDate: string } } };

export type CorrectExamSentinelShiftMutationVariables = Exact<{
  input: CorrectExamSentinelShiftInput;
}>;


export type CorrectExamSentinelShiftMutation = { correctExamSentinelShift: { lookAlikes: Array<{ ' $fragmentRefs'?: { 'LookAlikeFieldsFragment': LookAlikeFieldsFragment } }>, shift: { id: string, examDate: string } } };

export type VoidExamSentinelShiftMutationVariables = Exact<{
  input: VoidRecordInput;
}>;


export type VoidExamSentinelShiftMutation = { voidExamSentinelShift: { shift: { id: string } } };

export type RecordOrgUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type RecordOrgUnitsQuery = { orgUnits: Array<{ id: string, name: string, path: Array<string>, retired: boolean }> };

export type RecordChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type RecordChoicesQuery = { subdistricts: { id: string, kept: boolean, names: Array<string> }, nameSuggestions: { sites: Array<string>, serviceItems: Array<string>, examSites: Array<string>, subdistricts: Array<string> } };

export type RecordHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type RecordHistoryQuery = { recordHistory: Array<{ position: string, type: string, data: unknown, recordedAt: string, recordedBy: string, recordedByName: string }> };

export type EditionPageQueryVariables = Exact<{
  year: number;
  orgUnitId?: string | number | null | undefined;
  editionId: string | number;
}>;


export type EditionPageQuery = { sectionEditions: Array<{ id: string, year: number, orgUnitId: string | null, orgUnitPath: Array<string> | null, version: number, publishedAt: string, publishedBy: string, publisherName: string, note: string | null, report: string }>, sectionAdjustments: Array<{ position: string, type: string, recordedAt: string, recordedBy: string, recordedByName: string, recordId: string | null, data: unknown }> };

export type ActivityRecordsQueryVariables = Exact<{
  filter: LedgerFilter;
  program?: VolunteerProgram | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type ActivityRecordsQuery = { volunteerActivities: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, program: VolunteerProgram, startDate: string, endDate: string, organizerPath: Array<string>, subdistrict: string | null, site: string, personTimes: number, volunteerHours: string | null } }> } };

export type ReliefRecordsQueryVariables = Exact<{
  filter: LedgerFilter;
  first: number;
  after?: string | null | undefined;
}>;


export type ReliefRecordsQuery = { reliefGrants: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, grantedOn: string, unionPath: Array<string>, amount: string, personTimes: number } }> } };

export type ShiftRecordsQueryVariables = Exact<{
  filter: LedgerFilter;
  first: number;
  after?: string | null | undefined;
}>;


export type ShiftRecordsQuery = { examSentinelShifts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, examName: string, examDate: string, site: string, supporters: number, organizerPath: Array<string> } }> } };

export type AgreementRecordsQueryVariables = Exact<{
  filter: LedgerFilter;
  first: number;
  after?: string | null | undefined;
}>;


export type AgreementRecordsQuery = { coBuildingAgreements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, branchPath: Array<string>, signedOn: string, validUntil: string | null, terminated: boolean, partners: Array<{ name: string }> } }> } };

export type CampaignRecordsQueryVariables = Exact<{
  filter: LedgerFilter;
}>;


export type CampaignRecordsQuery = { donationCampaigns: Array<{ id: string, name: string, closed: boolean, totals: { amount: string, donorCount: number, unionCount: number }, donations: Array<{ id: string, unionPath: Array<string>, amount: string, donorCount: number, receivedOn: string, voided: boolean }> }> };

export type BoothRecordsQueryVariables = Exact<{
  filter: LedgerFilter;
}>;


export type BoothRecordsQuery = { booths: Array<{ id: string, name: string, hostPath: Array<string>, subdistrict: string, sessions: Array<{ id: string, date: string, volunteers: number, peopleServed: number, voided: boolean }> }> };

export type ReportSectionPageQueryVariables = Exact<{
  year: number;
  orgUnitId?: string | number | null | undefined;
}>;


export type ReportSectionPageQuery = { reportSection: string, communityResponsibility: { ' $fragmentRefs'?: { 'SectionFigures_SectionFragment': SectionFigures_SectionFragment } }, sinceEdition: { ' $fragmentRefs'?: { 'EditionDrift_SinceFragment': EditionDrift_SinceFragment } } | null, sectionEditions: Array<{ ' $fragmentRefs'?: { 'EditionList_EditionFragment': EditionList_EditionFragment } }> };

export type PublishSectionMutationVariables = Exact<{
  input: PublishSectionInput;
}>;


export type PublishSectionMutation = { publishSection: { id: string, version: number } };

export type EditionDrift_SinceFragment = { editionId: string, version: number, publishedAt: string, changes: Array<{ figure: string, label: string, before: string | null, after: string | null, difference: string | null }> } & { ' $fragmentName'?: 'EditionDrift_SinceFragment' };

export type EditionList_EditionFragment = { id: string, version: number, publishedAt: string, publishedBy: string, publisherName: string, note: string | null } & { ' $fragmentName'?: 'EditionList_EditionFragment' };

export type SectionFigures_SectionFragment = { charity: { donatedTotal: string, relief: { personTimes: number, amount: string }, campaigns: Array<{ campaignId: string, donorCount: number }> }, volunteering: { activities: { count: number, personTimes: number, volunteerHours: string, beneficiaries: number, byProgram: Array<{ program: VolunteerProgram, count: number, personTimes: number, sites: number }> }, examSentinel: { exams: number, sites: number, supports: number }, agreements: { signed: number, active: number, partners: number }, booths: { booths: number, sessions: number, peopleServed: number } } } & { ' $fragmentName'?: 'SectionFigures_SectionFragment' };

export type DonationCampaignsQueryVariables = Exact<{
  filter: LedgerFilter;
}>;


export type DonationCampaignsQuery = { donationCampaigns: Array<{ id: string, name: string, organizerId: string, organizerPath: Array<string>, year: number, launchedOn: string, closed: boolean, closedOn: string | null, voided: boolean, voidReason: string | null, recordedBy: string, recordedAt: string, totals: { amount: string, donorCount: number, unionCount: number }, expectedUnions: Array<{ id: string, name: string, path: Array<string> }>, donations: Array<{ id: string, unionId: string, unionPath: Array<string>, amount: string, donorCount: number, receivedOn: string, voided: boolean, voidReason: string | null, correctedAt: string | null, recordedBy: string }> }> };

export type TreasurerUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type TreasurerUnitsQuery = { orgUnits: Array<{ id: string, name: string, kind: OrgUnitKind, path: Array<string>, retired: boolean }> };

export type LaunchDonationCampaignMutationVariables = Exact<{
  input: LaunchDonationCampaignInput;
}>;


export type LaunchDonationCampaignMutation = { launchDonationCampaign: { campaign: { id: string, year: number }, lookAlikes: Array<{ ' $fragmentRefs'?: { 'LookAlikeFieldsFragment': LookAlikeFieldsFragment } }> } };

export type RecordUnionDonationMutationVariables = Exact<{
  input: RecordUnionDonationInput;
}>;


export type RecordUnionDonationMutation = { recordUnionDonation: { lookAlikes: Array<{ ' $fragmentRefs'?: { 'LookAlikeFieldsFragment': LookAlikeFieldsFragment } }> } };

export type CorrectUnionDonationMutationVariables = Exact<{
  input: CorrectUnionDonationInput;
}>;


export type CorrectUnionDonationMutation = { correctUnionDonation: { lookAlikes: Array<{ ' $fragmentRefs'?: { 'LookAlikeFieldsFragment': LookAlikeFieldsFragment } }> } };

export type VoidUnionDonationMutationVariables = Exact<{
  input: VoidUnionDonationInput;
}>;


export type VoidUnionDonationMutation = { voidUnionDonation: { position: string } };

export type CloseDonationCampaignMutationVariables = Exact<{
  input: CloseDonationCampaignInput;
}>;


export type CloseDonationCampaignMutation = { closeDonationCampaign: { position: string } };

export type VoidDonationCampaignMutationVariables = Exact<{
  input: VoidRecordInput;
}>;


export type VoidDonationCampaignMutation = { voidDonationCampaign: { position: string } };

export type ReliefGrantsQueryVariables = Exact<{
  filter: LedgerFilter;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ReliefGrantsQuery = { reliefGrants: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, unionId: string, unionPath: Array<string>, grantedOn: string, amount: string, personTimes: number, category: ReliefCategory, voided: boolean, voidReason: string | null, correctedAt: string | null, recordedBy: string } }> } };

export type GrantReliefMutationVariables = Exact<{
  input: GrantReliefInput;
}>;


export type GrantReliefMutation = { grantRelief: { position: string, lookAlikes: Array<{ ' $fragmentRefs'?: { 'LookAlikeFieldsFragment': LookAlikeFieldsFragment } }>, grant: { id: string } } };

export type CorrectReliefGrantMutationVariables = Exact<{
  input: CorrectReliefGrantInput;
}>;


export type CorrectReliefGrantMutation = { correctReliefGrant: { position: string, lookAlikes: Array<{ ' $fragmentRefs'?: { 'LookAlikeFieldsFragment': LookAlikeFieldsFragment } }>, grant: { id: string } } };

export type VoidReliefGrantMutationVariables = Exact<{
  input: VoidRecordInput;
}>;


export type VoidReliefGrantMutation = { voidReliefGrant: { position: string, grant: { id: string, voided: boolean } } };

export type LookAlikeFieldsFragment = { kind: LookAlikeKind, recordId: string, date: string, year: number, warning: string } & { ' $fragmentName'?: 'LookAlikeFieldsFragment' };

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
export const ActivityFieldsFragmentDoc = new TypedDocumentString(`
    fragment ActivityFields on VolunteerActivity {
  id
  organizerId
  organizerPath
  program
  title
  startDate
  endDate
  subdistrict
  site
  serviceItems
  personTimes
  volunteerHours
  timeBasis
  beneficiaries
  charitySales {
    transactions
    amount
    recipient
  }
  recordedAt
  recordedBy
  correctedAt
  voided
  voidedAt
  voidReason
}
    `, {"fragmentName":"ActivityFields"}) as unknown as TypedDocumentString<ActivityFieldsFragment, unknown>;
export const AgreementFieldsFragmentDoc = new TypedDocumentString(`
    fragment AgreementFields on CoBuildingAgreement {
  id
  branchId
  branchPath
  signedOn
  validUntil
  partners {
    kind
    name
  }
  commitments
  terminated
  terminatedOn
  terminationReason
  recordedAt
  recordedBy
  correctedAt
}
    `, {"fragmentName":"AgreementFields"}) as unknown as TypedDocumentString<AgreementFieldsFragment, unknown>;
export const BoothFieldsFragmentDoc = new TypedDocumentString(`
    fragment BoothFields on Booth {
  id
  hostId
  hostPath
  kind
  name
  subdistrict
  location
  openedOn
  closed
  closedOn
  recordedAt
  recordedBy
  sessions {
    id
    date
    volunteers
    peopleServed
    services
    voided
    voidReason
    recordedAt
    recordedBy
  }
}
    `, {"fragmentName":"BoothFields"}) as unknown as TypedDocumentString<BoothFieldsFragment, unknown>;
export const ExamShiftFieldsFragmentDoc = new TypedDocumentString(`
    fragment ExamShiftFields on ExamSentinelShift {
  id
  organizerId
  organizerPath
  examName
  examDate
  site
  supporters
  recordedAt
  recordedBy
  correctedAt
  voided
  voidedAt
  voidReason
}
    `, {"fragmentName":"ExamShiftFields"}) as unknown as TypedDocumentString<ExamShiftFieldsFragment, unknown>;
export const EditionDrift_SinceFragmentDoc = new TypedDocumentString(`
    fragment EditionDrift_Since on SinceEdition {
  editionId
  version
  publishedAt
  changes {
    figure
    label
    before
    after
    difference
  }
}
    `, {"fragmentName":"EditionDrift_Since"}) as unknown as TypedDocumentString<EditionDrift_SinceFragment, unknown>;
export const EditionList_EditionFragmentDoc = new TypedDocumentString(`
    fragment EditionList_Edition on SectionEdition {
  id
  version
  publishedAt
  publishedBy
  publisherName
  note
}
    `, {"fragmentName":"EditionList_Edition"}) as unknown as TypedDocumentString<EditionList_EditionFragment, unknown>;
export const SectionFigures_SectionFragmentDoc = new TypedDocumentString(`
    fragment SectionFigures_Section on CommunityResponsibilitySection {
  charity {
    relief {
      personTimes
      amount
    }
    donatedTotal
    campaigns {
      campaignId
      donorCount
    }
  }
  volunteering {
    activities {
      count
      personTimes
      volunteerHours
      beneficiaries
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
    `, {"fragmentName":"SectionFigures_Section"}) as unknown as TypedDocumentString<SectionFigures_SectionFragment, unknown>;
export const LookAlikeFieldsFragmentDoc = new TypedDocumentString(`
    fragment LookAlikeFields on LookAlike {
  kind
  recordId
  date
  year
  warning
}
    `, {"fragmentName":"LookAlikeFields"}) as unknown as TypedDocumentString<LookAlikeFieldsFragment, unknown>;
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
export const HomeMonthsDocument = new TypedDocumentString(`
    query HomeMonths($year: Int!) {
  volunteerActivityMonths(year: $year) {
    month
    count
    personTimes
  }
}
    `) as unknown as TypedDocumentString<HomeMonthsQuery, HomeMonthsQueryVariables>;
export const HomeEditionDocument = new TypedDocumentString(`
    query HomeEdition($year: Int!) {
  sinceEdition(year: $year) {
    editionId
    version
    publishedAt
    changes {
      figure
    }
  }
}
    `) as unknown as TypedDocumentString<HomeEditionQuery, HomeEditionQueryVariables>;
export const HomeTodoDocument = new TypedDocumentString(`
    query HomeTodo($campaignYear: Int!, $boothYear: Int!) {
  donationCampaigns(filter: {year: $campaignYear}) {
    id
    name
    closed
    voided
  }
  booths(filter: {year: $boothYear}) {
    id
    name
    openedOn
    closed
    sessions {
      date
      voided
    }
  }
}
    `) as unknown as TypedDocumentString<HomeTodoQuery, HomeTodoQueryVariables>;
export const HomeUnitsDocument = new TypedDocumentString(`
    query HomeUnits {
  orgUnits {
    id
    name
    kind
    parentId
    retired
  }
}
    `) as unknown as TypedDocumentString<HomeUnitsQuery, HomeUnitsQueryVariables>;
export const UnitActivitiesDocument = new TypedDocumentString(`
    query UnitActivities($year: Int!, $orgUnitId: ID!) {
  communityResponsibility(year: $year, orgUnitId: $orgUnitId) {
    volunteering {
      activities {
        count
        personTimes
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UnitActivitiesQuery, UnitActivitiesQueryVariables>;
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
export const VolunteerActivitiesDocument = new TypedDocumentString(`
    query VolunteerActivities($filter: LedgerFilter!, $program: VolunteerProgram, $first: Int, $after: String) {
  volunteerActivities(
    filter: $filter
    program: $program
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...ActivityFields
      }
    }
  }
}
    fragment ActivityFields on VolunteerActivity {
  id
  organizerId
  organizerPath
  program
  title
  startDate
  endDate
  subdistrict
  site
  serviceItems
  personTimes
  volunteerHours
  timeBasis
  beneficiaries
  charitySales {
    transactions
    amount
    recipient
  }
  recordedAt
  recordedBy
  correctedAt
  voided
  voidedAt
  voidReason
}`) as unknown as TypedDocumentString<VolunteerActivitiesQuery, VolunteerActivitiesQueryVariables>;
export const RecordVolunteerActivityDocument = new TypedDocumentString(`
    mutation RecordVolunteerActivity($input: RecordVolunteerActivityInput!) {
  recordVolunteerActivity(input: $input) {
    lookAlikes {
      ...LookAlikeFields
    }
    activity {
      id
      startDate
    }
  }
}
    fragment LookAlikeFields on LookAlike {
  kind
  recordId
  date
  year
  warning
}`) as unknown as TypedDocumentString<RecordVolunteerActivityMutation, RecordVolunteerActivityMutationVariables>;
export const CorrectVolunteerActivityDocument = new TypedDocumentString(`
    mutation CorrectVolunteerActivity($input: CorrectVolunteerActivityInput!) {
  correctVolunteerActivity(input: $input) {
    lookAlikes {
      ...LookAlikeFields
    }
    activity {
      id
      startDate
    }
  }
}
    fragment LookAlikeFields on LookAlike {
  kind
  recordId
  date
  year
  warning
}`) as unknown as TypedDocumentString<CorrectVolunteerActivityMutation, CorrectVolunteerActivityMutationVariables>;
export const VoidVolunteerActivityDocument = new TypedDocumentString(`
    mutation VoidVolunteerActivity($input: VoidRecordInput!) {
  voidVolunteerActivity(input: $input) {
    activity {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<VoidVolunteerActivityMutation, VoidVolunteerActivityMutationVariables>;
export const CoBuildingAgreementsDocument = new TypedDocumentString(`
    query CoBuildingAgreements($filter: LedgerFilter!, $first: Int, $after: String) {
  coBuildingAgreements(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...AgreementFields
      }
    }
  }
}
    fragment AgreementFields on CoBuildingAgreement {
  id
  branchId
  branchPath
  signedOn
  validUntil
  partners {
    kind
    name
  }
  commitments
  terminated
  terminatedOn
  terminationReason
  recordedAt
  recordedBy
  correctedAt
}`) as unknown as TypedDocumentString<CoBuildingAgreementsQuery, CoBuildingAgreementsQueryVariables>;
export const SignCoBuildingAgreementDocument = new TypedDocumentString(`
    mutation SignCoBuildingAgreement($input: SignCoBuildingAgreementInput!) {
  signCoBuildingAgreement(input: $input) {
    lookAlikes {
      ...LookAlikeFields
    }
    agreement {
      id
      signedOn
    }
  }
}
    fragment LookAlikeFields on LookAlike {
  kind
  recordId
  date
  year
  warning
}`) as unknown as TypedDocumentString<SignCoBuildingAgreementMutation, SignCoBuildingAgreementMutationVariables>;
export const RenewCoBuildingAgreementDocument = new TypedDocumentString(`
    mutation RenewCoBuildingAgreement($input: RenewCoBuildingAgreementInput!) {
  renewCoBuildingAgreement(input: $input) {
    agreement {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RenewCoBuildingAgreementMutation, RenewCoBuildingAgreementMutationVariables>;
export const TerminateCoBuildingAgreementDocument = new TypedDocumentString(`
    mutation TerminateCoBuildingAgreement($input: TerminateCoBuildingAgreementInput!) {
  terminateCoBuildingAgreement(input: $input) {
    agreement {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<TerminateCoBuildingAgreementMutation, TerminateCoBuildingAgreementMutationVariables>;
export const BoothsDocument = new TypedDocumentString(`
    query Booths($filter: LedgerFilter!) {
  booths(filter: $filter) {
    ...BoothFields
  }
}
    fragment BoothFields on Booth {
  id
  hostId
  hostPath
  kind
  name
  subdistrict
  location
  openedOn
  closed
  closedOn
  recordedAt
  recordedBy
  sessions {
    id
    date
    volunteers
    peopleServed
    services
    voided
    voidReason
    recordedAt
    recordedBy
  }
}`) as unknown as TypedDocumentString<BoothsQuery, BoothsQueryVariables>;
export const OpenBoothDocument = new TypedDocumentString(`
    mutation OpenBooth($input: OpenBoothInput!) {
  openBooth(input: $input) {
    lookAlikes {
      ...LookAlikeFields
    }
    booth {
      id
      openedOn
    }
  }
}
    fragment LookAlikeFields on LookAlike {
  kind
  recordId
  date
  year
  warning
}`) as unknown as TypedDocumentString<OpenBoothMutation, OpenBoothMutationVariables>;
export const RecordBoothSessionDocument = new TypedDocumentString(`
    mutation RecordBoothSession($input: RecordBoothSessionInput!) {
  recordBoothSession(input: $input) {
    lookAlikes {
      ...LookAlikeFields
    }
    sessionId
    booth {
      id
    }
  }
}
    fragment LookAlikeFields on LookAlike {
  kind
  recordId
  date
  year
  warning
}`) as unknown as TypedDocumentString<RecordBoothSessionMutation, RecordBoothSessionMutationVariables>;
export const VoidBoothSessionDocument = new TypedDocumentString(`
    mutation VoidBoothSession($input: VoidBoothSessionInput!) {
  voidBoothSession(input: $input) {
    booth {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<VoidBoothSessionMutation, VoidBoothSessionMutationVariables>;
export const CloseBoothDocument = new TypedDocumentString(`
    mutation CloseBooth($input: CloseBoothInput!) {
  closeBooth(input: $input) {
    booth {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CloseBoothMutation, CloseBoothMutationVariables>;
export const ExamSentinelShiftsDocument = new TypedDocumentString(`
    query ExamSentinelShifts($filter: LedgerFilter!, $first: Int, $after: String) {
  examSentinelShifts(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...ExamShiftFields
      }
    }
  }
}
    fragment ExamShiftFields on ExamSentinelShift {
  id
  organizerId
  organizerPath
  examName
  examDate
  site
  supporters
  recordedAt
  recordedBy
  correctedAt
  voided
  voidedAt
  voidReason
}`) as unknown as TypedDocumentString<ExamSentinelShiftsQuery, ExamSentinelShiftsQueryVariables>;
export const RecordExamSentinelShiftDocument = new TypedDocumentString(`
    mutation RecordExamSentinelShift($input: RecordExamSentinelShiftInput!) {
  recordExamSentinelShift(input: $input) {
    lookAlikes {
      ...LookAlikeFields
    }
    shift {
      id
      examDate
    }
  }
}
    fragment LookAlikeFields on LookAlike {
  kind
  recordId
  date
  year
  warning
}`) as unknown as TypedDocumentString<RecordExamSentinelShiftMutation, RecordExamSentinelShiftMutationVariables>;
export const CorrectExamSentinelShiftDocument = new TypedDocumentString(`
    mutation CorrectExamSentinelShift($input: CorrectExamSentinelShiftInput!) {
  correctExamSentinelShift(input: $input) {
    lookAlikes {
      ...LookAlikeFields
    }
    shift {
      id
      examDate
    }
  }
}
    fragment LookAlikeFields on LookAlike {
  kind
  recordId
  date
  year
  warning
}`) as unknown as TypedDocumentString<CorrectExamSentinelShiftMutation, CorrectExamSentinelShiftMutationVariables>;
export const VoidExamSentinelShiftDocument = new TypedDocumentString(`
    mutation VoidExamSentinelShift($input: VoidRecordInput!) {
  voidExamSentinelShift(input: $input) {
    shift {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<VoidExamSentinelShiftMutation, VoidExamSentinelShiftMutationVariables>;
export const RecordOrgUnitsDocument = new TypedDocumentString(`
    query RecordOrgUnits {
  orgUnits {
    id
    name
    path
    retired
  }
}
    `) as unknown as TypedDocumentString<RecordOrgUnitsQuery, RecordOrgUnitsQueryVariables>;
export const RecordChoicesDocument = new TypedDocumentString(`
    query RecordChoices {
  subdistricts {
    id
    kept
    names
  }
  nameSuggestions(first: 50) {
    sites
    serviceItems
    examSites
    subdistricts
  }
}
    `) as unknown as TypedDocumentString<RecordChoicesQuery, RecordChoicesQueryVariables>;
export const RecordHistoryDocument = new TypedDocumentString(`
    query RecordHistory($id: ID!) {
  recordHistory(id: $id) {
    position
    type
    data
    recordedAt
    recordedBy
    recordedByName
  }
}
    `) as unknown as TypedDocumentString<RecordHistoryQuery, RecordHistoryQueryVariables>;
export const EditionPageDocument = new TypedDocumentString(`
    query EditionPage($year: Int!, $orgUnitId: ID, $editionId: ID!) {
  sectionEditions(year: $year, orgUnitId: $orgUnitId) {
    id
    year
    orgUnitId
    orgUnitPath
    version
    publishedAt
    publishedBy
    publisherName
    note
    report
  }
  sectionAdjustments(editionId: $editionId) {
    position
    type
    recordedAt
    recordedBy
    recordedByName
    recordId
    data
  }
}
    `) as unknown as TypedDocumentString<EditionPageQuery, EditionPageQueryVariables>;
export const ActivityRecordsDocument = new TypedDocumentString(`
    query ActivityRecords($filter: LedgerFilter!, $program: VolunteerProgram, $first: Int!, $after: String) {
  volunteerActivities(
    filter: $filter
    program: $program
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        title
        program
        startDate
        endDate
        organizerPath
        subdistrict
        site
        personTimes
        volunteerHours
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ActivityRecordsQuery, ActivityRecordsQueryVariables>;
export const ReliefRecordsDocument = new TypedDocumentString(`
    query ReliefRecords($filter: LedgerFilter!, $first: Int!, $after: String) {
  reliefGrants(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        grantedOn
        unionPath
        amount
        personTimes
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReliefRecordsQuery, ReliefRecordsQueryVariables>;
export const ShiftRecordsDocument = new TypedDocumentString(`
    query ShiftRecords($filter: LedgerFilter!, $first: Int!, $after: String) {
  examSentinelShifts(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        examName
        examDate
        site
        supporters
        organizerPath
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ShiftRecordsQuery, ShiftRecordsQueryVariables>;
export const AgreementRecordsDocument = new TypedDocumentString(`
    query AgreementRecords($filter: LedgerFilter!, $first: Int!, $after: String) {
  coBuildingAgreements(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        branchPath
        signedOn
        validUntil
        terminated
        partners {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AgreementRecordsQuery, AgreementRecordsQueryVariables>;
export const CampaignRecordsDocument = new TypedDocumentString(`
    query CampaignRecords($filter: LedgerFilter!) {
  donationCampaigns(filter: $filter) {
    id
    name
    closed
    totals {
      amount
      donorCount
      unionCount
    }
    donations {
      id
      unionPath
      amount
      donorCount
      receivedOn
      voided
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignRecordsQuery, CampaignRecordsQueryVariables>;
export const BoothRecordsDocument = new TypedDocumentString(`
    query BoothRecords($filter: LedgerFilter!) {
  booths(filter: $filter) {
    id
    name
    hostPath
    subdistrict
    sessions {
      id
      date
      volunteers
      peopleServed
      voided
    }
  }
}
    `) as unknown as TypedDocumentString<BoothRecordsQuery, BoothRecordsQueryVariables>;
export const ReportSectionPageDocument = new TypedDocumentString(`
    query ReportSectionPage($year: Int!, $orgUnitId: ID) {
  reportSection(year: $year, orgUnitId: $orgUnitId)
  communityResponsibility(year: $year, orgUnitId: $orgUnitId) {
    ...SectionFigures_Section
  }
  sinceEdition(year: $year, orgUnitId: $orgUnitId) {
    ...EditionDrift_Since
  }
  sectionEditions(year: $year, orgUnitId: $orgUnitId) {
    ...EditionList_Edition
  }
}
    fragment EditionDrift_Since on SinceEdition {
  editionId
  version
  publishedAt
  changes {
    figure
    label
    before
    after
    difference
  }
}
fragment EditionList_Edition on SectionEdition {
  id
  version
  publishedAt
  publishedBy
  publisherName
  note
}
fragment SectionFigures_Section on CommunityResponsibilitySection {
  charity {
    relief {
      personTimes
      amount
    }
    donatedTotal
    campaigns {
      campaignId
      donorCount
    }
  }
  volunteering {
    activities {
      count
      personTimes
      volunteerHours
      beneficiaries
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
}`) as unknown as TypedDocumentString<ReportSectionPageQuery, ReportSectionPageQueryVariables>;
export const PublishSectionDocument = new TypedDocumentString(`
    mutation PublishSection($input: PublishSectionInput!) {
  publishSection(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<PublishSectionMutation, PublishSectionMutationVariables>;
export const DonationCampaignsDocument = new TypedDocumentString(`
    query DonationCampaigns($filter: LedgerFilter!) {
  donationCampaigns(filter: $filter) {
    id
    name
    organizerId
    organizerPath
    year
    launchedOn
    closed
    closedOn
    voided
    voidReason
    recordedBy
    recordedAt
    totals {
      amount
      donorCount
      unionCount
    }
    expectedUnions {
      id
      name
      path
    }
    donations {
      id
      unionId
      unionPath
      amount
      donorCount
      receivedOn
      voided
      voidReason
      correctedAt
      recordedBy
    }
  }
}
    `) as unknown as TypedDocumentString<DonationCampaignsQuery, DonationCampaignsQueryVariables>;
export const TreasurerUnitsDocument = new TypedDocumentString(`
    query TreasurerUnits {
  orgUnits {
    id
    name
    kind
    path
    retired
  }
}
    `) as unknown as TypedDocumentString<TreasurerUnitsQuery, TreasurerUnitsQueryVariables>;
export const LaunchDonationCampaignDocument = new TypedDocumentString(`
    mutation LaunchDonationCampaign($input: LaunchDonationCampaignInput!) {
  launchDonationCampaign(input: $input) {
    campaign {
      id
      year
    }
    lookAlikes {
      ...LookAlikeFields
    }
  }
}
    fragment LookAlikeFields on LookAlike {
  kind
  recordId
  date
  year
  warning
}`) as unknown as TypedDocumentString<LaunchDonationCampaignMutation, LaunchDonationCampaignMutationVariables>;
export const RecordUnionDonationDocument = new TypedDocumentString(`
    mutation RecordUnionDonation($input: RecordUnionDonationInput!) {
  recordUnionDonation(input: $input) {
    lookAlikes {
      ...LookAlikeFields
    }
  }
}
    fragment LookAlikeFields on LookAlike {
  kind
  recordId
  date
  year
  warning
}`) as unknown as TypedDocumentString<RecordUnionDonationMutation, RecordUnionDonationMutationVariables>;
export const CorrectUnionDonationDocument = new TypedDocumentString(`
    mutation CorrectUnionDonation($input: CorrectUnionDonationInput!) {
  correctUnionDonation(input: $input) {
    lookAlikes {
      ...LookAlikeFields
    }
  }
}
    fragment LookAlikeFields on LookAlike {
  kind
  recordId
  date
  year
  warning
}`) as unknown as TypedDocumentString<CorrectUnionDonationMutation, CorrectUnionDonationMutationVariables>;
export const VoidUnionDonationDocument = new TypedDocumentString(`
    mutation VoidUnionDonation($input: VoidUnionDonationInput!) {
  voidUnionDonation(input: $input) {
    position
  }
}
    `) as unknown as TypedDocumentString<VoidUnionDonationMutation, VoidUnionDonationMutationVariables>;
export const CloseDonationCampaignDocument = new TypedDocumentString(`
    mutation CloseDonationCampaign($input: CloseDonationCampaignInput!) {
  closeDonationCampaign(input: $input) {
    position
  }
}
    `) as unknown as TypedDocumentString<CloseDonationCampaignMutation, CloseDonationCampaignMutationVariables>;
export const VoidDonationCampaignDocument = new TypedDocumentString(`
    mutation VoidDonationCampaign($input: VoidRecordInput!) {
  voidDonationCampaign(input: $input) {
    position
  }
}
    `) as unknown as TypedDocumentString<VoidDonationCampaignMutation, VoidDonationCampaignMutationVariables>;
export const ReliefGrantsDocument = new TypedDocumentString(`
    query ReliefGrants($filter: LedgerFilter!, $first: Int, $after: String) {
  reliefGrants(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        unionId
        unionPath
        grantedOn
        amount
        personTimes
        category
        voided
        voidReason
        correctedAt
        recordedBy
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReliefGrantsQuery, ReliefGrantsQueryVariables>;
export const GrantReliefDocument = new TypedDocumentString(`
    mutation GrantRelief($input: GrantReliefInput!) {
  grantRelief(input: $input) {
    position
    lookAlikes {
      ...LookAlikeFields
    }
    grant {
      id
    }
  }
}
    fragment LookAlikeFields on LookAlike {
  kind
  recordId
  date
  year
  warning
}`) as unknown as TypedDocumentString<GrantReliefMutation, GrantReliefMutationVariables>;
export const CorrectReliefGrantDocument = new TypedDocumentString(`
    mutation CorrectReliefGrant($input: CorrectReliefGrantInput!) {
  correctReliefGrant(input: $input) {
    position
    lookAlikes {
      ...LookAlikeFields
    }
    grant {
      id
    }
  }
}
    fragment LookAlikeFields on LookAlike {
  kind
  recordId
  date
  year
  warning
}`) as unknown as TypedDocumentString<CorrectReliefGrantMutation, CorrectReliefGrantMutationVariables>;
export const VoidReliefGrantDocument = new TypedDocumentString(`
    mutation VoidReliefGrant($input: VoidRecordInput!) {
  voidReliefGrant(input: $input) {
    position
    grant {
      id
      voided
    }
  }
}
    `) as unknown as TypedDocumentString<VoidReliefGrantMutation, VoidReliefGrantMutationVariables>;