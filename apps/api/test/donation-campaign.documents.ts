// GraphQL documents and input builders for the 爱心一日捐 one-day donation e2e tests (docs/design.md §12:
// 7 部门工会 department unions, 41,620 元, 358 donors).
import type { ApiHarness } from './api-harness';
import { dataOf } from './api-harness';
import { registerOrgUnit } from './documents';

export const CAMPAIGN_FIELDS = `id name organizerId organizerPath year launchedOn closed closedOn
  donations { id unionId unionPath amount donorCount receivedOn } totals { amount donorCount unionCount }`;

const payloadOf = (mutation: string, input: string) => /* GraphQL */ `
  mutation Run($input: ${input}!) {
    ${mutation}(input: $input) { position donationId campaign { ${CAMPAIGN_FIELDS} } }
  }`;

export const LAUNCH_CAMPAIGN = payloadOf('launchDonationCampaign', 'LaunchDonationCampaignInput');
export const RECORD_DONATION = payloadOf('recordUnionDonation', 'RecordUnionDonationInput');
export const CORRECT_DONATION = payloadOf('correctUnionDonation', 'CorrectUnionDonationInput');
export const CLOSE_CAMPAIGN = payloadOf('closeDonationCampaign', 'CloseDonationCampaignInput');
export const VOID_DONATION = payloadOf('voidUnionDonation', 'VoidUnionDonationInput');
export const VOID_CAMPAIGN = payloadOf('voidDonationCampaign', 'VoidRecordInput');

export interface DonationResult {
  id: string;
  unionId: string;
  unionPath: string[];
  amount: string;
  donorCount: number;
  receivedOn: string;
}

export interface CampaignResult {
  id: string;
  name: string;
  organizerId: string;
  organizerPath: string[];
  year: number;
  launchedOn: string;
  closed: boolean;
  closedOn: string | null;
  donations: DonationResult[];
  totals: { amount: string; donorCount: number; unionCount: number };
}

export interface CampaignPayload {
  position: string;
  donationId: string | null;
  campaign: CampaignResult;
}

/** The 2023 figures of the seven 部门工会, summing to 41,620.00 元 from 358 donors. */
export const DEPARTMENT_DONATIONS_2023 = [
  { department: '综合部', amount: '5860.00', donorCount: 51 },
  { department: '网络部', amount: '8420.50', donorCount: 72 },
  { department: '客户服务部', amount: '6130.00', donorCount: 53 },
  { department: '市场部', amount: '5210.00', donorCount: 45 },
  { department: '财务部', amount: '4980.00', donorCount: 43 },
  { department: '政企部', amount: '6019.50', donorCount: 52 },
  { department: '工程建设部', amount: '5000.00', donorCount: 42 },
] as const;

/** 南区局 with its 南区局工会 (the organizer), seven departments each with a 部门工会, and 北区局工会 elsewhere. */
export interface UnionFixture {
  bureauId: string;
  bureauUnionId: string;
  /** A DEPARTMENT, not a union: it may not donate or organize. */
  departmentId: string;
  departmentUnionIds: string[];
  otherBureauUnionId: string;
}

export async function registerUnions(api: ApiHarness, admin: string): Promise<UnionFixture> {
  const bureauId = await registerOrgUnit(api, admin, { name: '南区局', kind: 'BUREAU' });
  const bureauUnionId = await registerOrgUnit(api, admin, { name: '南区局工会', kind: 'UNION', parentId: bureauId });
  const departmentUnionIds: string[] = [];
  let departmentId = '';
  for (const { department } of DEPARTMENT_DONATIONS_2023) {
    const id = await registerOrgUnit(api, admin, { name: department, kind: 'DEPARTMENT', parentId: bureauId });
    departmentId ||= id;
    departmentUnionIds.push(await registerOrgUnit(api, admin, { name: `${department}工会`, kind: 'UNION', parentId: id }));
  }
  const otherBureauId = await registerOrgUnit(api, admin, { name: '北区局', kind: 'BUREAU' });
  const otherBureauUnionId = await registerOrgUnit(api, admin, { name: '北区局工会', kind: 'UNION', parentId: otherBureauId });
  return { bureauId, bureauUnionId, departmentId, departmentUnionIds, otherBureauUnionId };
}

export function campaign2023(organizerId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { name: '2023年爱心一日捐', organizerId, year: 2023, launchedOn: '2023-06-01', ...overrides };
}

export function unionDonation(campaignId: string, unionId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { campaignId, unionId, amount: '5860.00', donorCount: 51, receivedOn: '2023-06-20', ...overrides };
}

export async function launchCampaign(api: ApiHarness, token: string, organizerId: string, overrides: Record<string, unknown> = {}): Promise<CampaignPayload> {
  return dataOf(await api.gql<{ launchDonationCampaign: CampaignPayload }>(LAUNCH_CAMPAIGN, { input: campaign2023(organizerId, overrides) }, token)).launchDonationCampaign;
}
