// GraphQL documents for the 台账 ledger queries (docs/design.md §14) and helpers to page through them.
import type { ApiHarness } from './api-harness';
import { dataOf } from './api-harness';

const STAMP = 'recordedAt recordedBy correctedAt';
const VOIDABLE = `${STAMP} voided voidReason voidedAt`;
const PAGE = 'pageInfo { hasNextPage endCursor } totalCount';

export const LEDGER_ACTIVITIES = /* GraphQL */ `
  query Activities($filter: LedgerFilter!, $program: VolunteerProgram, $first: Int, $after: String) {
    volunteerActivities(filter: $filter, program: $program, first: $first, after: $after) {
      edges { cursor node { id organizerId organizerPath program title startDate endDate site personTimes charitySales { transactions amount recipient } ${VOIDABLE} } }
      ${PAGE}
    }
  }`;

export const LEDGER_AGREEMENTS = /* GraphQL */ `
  query Agreements($filter: LedgerFilter!, $first: Int, $after: String) {
    coBuildingAgreements(filter: $filter, first: $first, after: $after) {
      edges { cursor node { id branchId branchPath partners { name kind } signedOn validUntil terminated ${STAMP} } }
      ${PAGE}
    }
  }`;

export const LEDGER_RELIEF = /* GraphQL */ `
  query Relief($filter: LedgerFilter!, $first: Int, $after: String) {
    reliefGrants(filter: $filter, first: $first, after: $after) {
      edges { cursor node { id unionId unionPath grantedOn amount personTimes category ${VOIDABLE} } }
      ${PAGE}
    }
  }`;

export const LEDGER_SHIFTS = /* GraphQL */ `
  query Shifts($filter: LedgerFilter!, $first: Int, $after: String) {
    examSentinelShifts(filter: $filter, first: $first, after: $after) {
      edges { cursor node { id organizerId examName examDate site supporters ${VOIDABLE} } }
      ${PAGE}
    }
  }`;

export const LEDGER_CAMPAIGNS = /* GraphQL */ `
  query Campaigns($filter: LedgerFilter!) {
    donationCampaigns(filter: $filter) {
      id name organizerId year closed ${VOIDABLE}
      donations { id unionId unionPath amount donorCount receivedOn ${VOIDABLE} }
      totals { amount donorCount unionCount }
    }
  }`;

export const LEDGER_BOOTHS = /* GraphQL */ `
  query Booths($filter: LedgerFilter!) {
    booths(filter: $filter) { id name hostId openedOn closed ${STAMP} sessions { id date peopleServed ${VOIDABLE} } }
  }`;

export interface Stamp {
  recordedAt: string;
  recordedBy: string;
  correctedAt: string | null;
}
export interface Voidable extends Stamp {
  voided: boolean;
  voidReason: string | null;
  voidedAt: string | null;
}

export interface Connection<Node> {
  edges: { cursor: string; node: Node }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/** The connection a ledger query answers: its one field. */
export async function ledgerPage<Node>(api: ApiHarness, document: string, variables: Record<string, unknown>, token: string): Promise<Connection<Node>> {
  type Answer = Record<string, Connection<Node>>;
  const [page] = Object.values(dataOf(await api.gql<Answer>(document, variables, token)));
  if (!page) throw new Error('no connection in the answer');
  return page;
}

/** Every node of a ledger, page by page (`first` per page), and the totalCount each page said. */
export async function allPages<Node>(api: ApiHarness, document: string, variables: Record<string, unknown>, token: string, first: number): Promise<{ nodes: Node[]; totals: number[]; pages: number }> {
  const nodes: Node[] = [];
  const totals: number[] = [];
  let after: string | null = null;
  for (let pages = 1; pages <= 100; pages += 1) {
    const page: Connection<Node> = await ledgerPage<Node>(api, document, { ...variables, first, after }, token);
    nodes.push(...page.edges.map((edge) => edge.node));
    totals.push(page.totalCount);
    if (!page.pageInfo.hasNextPage) return { nodes, totals, pages };
    after = page.pageInfo.endCursor;
  }
  throw new Error('more than 100 pages');
}
