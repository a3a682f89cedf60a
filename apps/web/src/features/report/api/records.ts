// The records behind a figure, from the ledger queries (§14), one page at a time: the paged kinds
// by cursor, campaigns and booths (a year holds a few) as the ledger lists them.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql/gql';
import type { LedgerFilter } from '../../../gql/graphql';
import { formatCount, formatDecimal, formatYuan } from '../../../lib/format';
import { execute } from '../../../lib/graphql-client';
import type { RecordSource } from '../section-figures';

export const PAGE_SIZE = 20;

const ActivityRecordsQuery = graphql(`
  query ActivityRecords($filter: LedgerFilter!, $program: VolunteerProgram, $first: Int!, $after: String) {
    volunteerActivities(filter: $filter, program: $program, first: $first, after: $after) {
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
`);

const ReliefRecordsQuery = graphql(`
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
`);

const ShiftRecordsQuery = graphql(`
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
`);

const AgreementRecordsQuery = graphql(`
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
`);

const CampaignRecordsQuery = graphql(`
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
`);

const BoothRecordsQuery = graphql(`
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
`);

/** One row of the list, whatever the kind: what a person reads to recognise the record. */
export interface RecordRow {
  readonly id: string;
  readonly date: string;
  readonly name: string;
  readonly unit: string;
  /** The record's own figures, e.g. "4 人次、12.5 小时". */
  readonly figures: string;
}

export interface RecordsPage {
  readonly rows: readonly RecordRow[];
  readonly totalCount: number;
  readonly endCursor: string | null;
  readonly hasNextPage: boolean;
}

export function recordsQueryKey(source: RecordSource, filter: LedgerFilter, after: string | null) {
  return ['FigureRecords', source, filter, after] as const;
}

export function useRecordsPage(source: RecordSource, filter: LedgerFilter, after: string | null) {
  return useQuery({
    queryKey: recordsQueryKey(source, filter, after),
    queryFn: ({ signal }) => fetchRecordsPage(source, filter, after, signal),
    placeholderData: keepPreviousData,
  });
}

const path = (names: readonly string[]) => names.join(' / ');

async function fetchRecordsPage(source: RecordSource, filter: LedgerFilter, after: string | null, signal: AbortSignal): Promise<RecordsPage> {
  const paging = { filter, first: PAGE_SIZE, after };
  switch (source.kind) {
    case 'activities': {
      const { volunteerActivities: c } = await execute(ActivityRecordsQuery, { ...paging, program: source.program ?? null }, { signal });
      return page(c, (a) => ({
        id: a.id,
        date: a.startDate,
        name: a.title,
        unit: path(a.organizerPath),
        figures: [`${formatCount(a.personTimes)} 人次`, a.volunteerHours ? `${formatDecimal(a.volunteerHours)} 小时` : null, a.site].filter(Boolean).join('，'),
      }));
    }
    case 'relief': {
      const { reliefGrants: c } = await execute(ReliefRecordsQuery, paging, { signal });
      return page(c, (g) => ({ id: g.id, date: g.grantedOn, name: '帮困发放', unit: path(g.unionPath), figures: `${formatCount(g.personTimes)} 人次，${formatYuan(g.amount)}` }));
    }
    case 'shifts': {
      const { examSentinelShifts: c } = await execute(ShiftRecordsQuery, paging, { signal });
      return page(c, (s) => ({ id: s.id, date: s.examDate, name: `${s.examName}（${s.site}）`, unit: path(s.organizerPath), figures: `${formatCount(s.supporters)} 人次` }));
    }
    case 'agreements': {
      const { coBuildingAgreements: c } = await execute(AgreementRecordsQuery, paging, { signal });
      return page(c, (a) => ({
        id: a.id,
        date: a.signedOn,
        name: a.partners.map((p) => p.name).join('、'),
        unit: path(a.branchPath),
        figures: `共建单位 ${a.partners.length} 家${a.terminated ? '，已终止' : ''}`,
      }));
    }
    case 'campaigns': {
      const { donationCampaigns } = await execute(CampaignRecordsQuery, { filter }, { signal });
      const rows = donationCampaigns.flatMap((campaign) =>
        campaign.donations
          .filter((d) => !d.voided)
          .map((d) => ({ id: d.id, date: d.receivedOn, name: campaign.name, unit: path(d.unionPath), figures: `${formatYuan(d.amount)}，${formatCount(d.donorCount)} 人` })),
      );
      return { rows, totalCount: rows.length, endCursor: null, hasNextPage: false };
    }
    case 'booths': {
      const { booths } = await execute(BoothRecordsQuery, { filter }, { signal });
      const rows = booths.flatMap((booth) =>
        booth.sessions
          .filter((s) => !s.voided)
          .map((s) => ({ id: s.id, date: s.date, name: booth.name, unit: path(booth.hostPath), figures: `志愿者 ${formatCount(s.volunteers)} 人次，服务群众 ${formatCount(s.peopleServed)} 人次` })),
      );
      return { rows, totalCount: rows.length, endCursor: null, hasNextPage: false };
    }
    default: {
      const unknownSource: never = source;
      return unknownSource;
    }
  }
}

interface Connection<Node> {
  readonly totalCount: number;
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor?: string | null };
  readonly edges: readonly { readonly node: Node }[];
}

function page<Node>(connection: Connection<Node>, row: (node: Node) => RecordRow): RecordsPage {
  return { rows: connection.edges.map((edge) => row(edge.node)), totalCount: connection.totalCount, endCursor: connection.pageInfo.endCursor ?? null, hasNextPage: connection.pageInfo.hasNextPage };
}
