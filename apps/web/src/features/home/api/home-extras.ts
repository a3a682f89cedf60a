// 首页's extras (issue 17): the year month by month, the units' figures, the newest edition and how
// far the live totals moved from it, and what is still to do, each its own small request so that
// one slow answer holds up nothing else.
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql/gql';
import { execute } from '../../../lib/graphql-client';

const HomeMonthsQuery = graphql(`
  query HomeMonths($year: Int!) {
    volunteerActivityMonths(year: $year) {
      month
      count
      personTimes
    }
  }
`);

const HomeEditionQuery = graphql(`
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
`);

const HomeTodoQuery = graphql(`
  query HomeTodo($campaignYear: Int!, $boothYear: Int!) {
    donationCampaigns(filter: { year: $campaignYear }) {
      id
      name
      closed
      voided
    }
    booths(filter: { year: $boothYear }) {
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
`);

const HomeUnitsQuery = graphql(`
  query HomeUnits {
    orgUnits {
      id
      name
      kind
      parentId
      retired
    }
  }
`);

const UnitActivitiesQuery = graphql(`
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
`);

export function useActivityMonths(year: number) {
  return useQuery({ queryKey: ['HomeSection', 'months', { year }], queryFn: ({ signal }) => execute(HomeMonthsQuery, { year }, { signal }), placeholderData: keepPreviousData });
}

export function useNewestEdition(year: number) {
  return useQuery({ queryKey: ['HomeSection', 'edition', { year }], queryFn: ({ signal }) => execute(HomeEditionQuery, { year }, { signal }) });
}

/** Campaigns of the year looked at; booths of this year, whose sessions this month are what is due. */
export function useTodo(year: number, thisYear: number) {
  return useQuery({
    queryKey: ['HomeSection', 'todo', { year, thisYear }],
    queryFn: ({ signal }) => execute(HomeTodoQuery, { campaignYear: year, boothYear: thisYear }, { signal }),
  });
}

export function useOrgUnits() {
  return useQuery({ queryKey: ['HomeUnits'], queryFn: ({ signal }) => execute(HomeUnitsQuery, {}, { signal }) });
}

/** One small totals query per unit charted (a dozen or so): each unit's own, descendants included. */
export function useUnitActivities(year: number, unitIds: readonly string[]) {
  return useQueries({
    queries: unitIds.map((orgUnitId) => ({
      queryKey: ['HomeSection', 'unit', { year, orgUnitId }],
      queryFn: ({ signal }: { signal: AbortSignal }) => execute(UnitActivitiesQuery, { year, orgUnitId }, { signal }),
    })),
  });
}
