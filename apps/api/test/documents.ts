// GraphQL documents and input builders shared by the e2e tests (Chinese data, as users enter it).
import type { ApiHarness } from './api-harness';
import { dataOf } from './api-harness';

export const REGISTER_ORG_UNIT = /* GraphQL */ `
  mutation Register($input: RegisterOrgUnitInput!) {
    registerOrgUnit(input: $input) { position orgUnit { id name kind parentId path retired } }
  }`;

export const ACTIVITY_FIELDS = `id organizerId organizerPath program title startDate endDate subdistrict site serviceItems personTimes
  volunteerHours timeBasis beneficiaries agreementId charitySales { transactions amount recipient } voided voidReason`;

export const RECORD_ACTIVITY = /* GraphQL */ `
  mutation Record($input: RecordVolunteerActivityInput!) {
    recordVolunteerActivity(input: $input) { position activity { ${ACTIVITY_FIELDS} } }
  }`;

export const CORRECT_ACTIVITY = /* GraphQL */ `
  mutation Correct($input: CorrectVolunteerActivityInput!) {
    correctVolunteerActivity(input: $input) { position activity { ${ACTIVITY_FIELDS} } }
  }`;

export const VOID_ACTIVITY = /* GraphQL */ `
  mutation Void($input: VoidRecordInput!) {
    voidVolunteerActivity(input: $input) { position activity { id voided voidReason } }
  }`;

export const RECORD_HISTORY = /* GraphQL */ `
  query History($id: ID!) { recordHistory(id: $id) { position type recordedAt recordedBy data } }`;

export interface OrgUnitResult {
  registerOrgUnit: { position: string; orgUnit: { id: string; name: string; kind: string; parentId: string | null; path: string[]; retired: boolean } };
}

export interface ActivityResult {
  id: string;
  organizerPath: string[];
  personTimes: number;
  title: string;
  site: string;
  subdistrict: string | null;
  volunteerHours: string | null;
  timeBasis: string;
  charitySales: { transactions: number; amount: string; recipient: string } | null;
  voided: boolean;
  voidReason: string | null;
}

/** 南区局 with a 党支部 and a 支局 under it, and a second 支局 outside the branch's scope. */
export interface OrgFixture {
  bureauId: string;
  branchId: string;
  subBureauId: string;
  otherSubBureauId: string;
  unionId: string;
}

export async function registerOrgUnit(api: ApiHarness, admin: string, input: Record<string, unknown>): Promise<string> {
  return dataOf(await api.gql<OrgUnitResult>(REGISTER_ORG_UNIT, { input }, admin)).registerOrgUnit.orgUnit.id;
}

export async function registerBureau(api: ApiHarness, admin: string): Promise<OrgFixture> {
  const bureauId = await registerOrgUnit(api, admin, { name: '南区局', kind: 'BUREAU' });
  const branchId = await registerOrgUnit(api, admin, { name: '公客综合党支部', kind: 'PARTY_BRANCH', parentId: bureauId });
  const subBureauId = await registerOrgUnit(api, admin, { name: '康健支局', kind: 'SUB_BUREAU', parentId: branchId });
  const otherSubBureauId = await registerOrgUnit(api, admin, { name: '衡复支局', kind: 'SUB_BUREAU', parentId: bureauId });
  const unionId = await registerOrgUnit(api, admin, { name: '网络部工会', kind: 'UNION', parentId: bureauId });
  return { bureauId, branchId, subBureauId, otherSubBureauId, unionId };
}

/** A 学雷锋 day at a service hall, as the 2023 report describes them. */
export function leiFengDay(organizerId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    organizerId,
    program: 'LEI_FENG',
    title: '学雷锋志愿服务日',
    startDate: '2023-03-03',
    endDate: '2023-03-03',
    subdistrict: '枫林',
    site: '枫林路营业厅',
    serviceItems: ['电信业务咨询', '反诈骗宣传', '图书义卖'],
    personTimes: 4,
    volunteerHours: '12.5',
    timeBasis: 'WORKING_HOURS',
    beneficiaries: 60,
    charitySales: { transactions: 28, amount: '560.00', recipient: '红十字会' },
    ...overrides,
  };
}
