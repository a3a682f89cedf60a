import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql/gql';
import { execute } from '../../../lib/graphql-client';

/** 首页: the year's 社区责任 totals in the person's scope, as the cards and the chart need them. */
export const HomeSectionQuery = graphql(`
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
`);

/** Keeps showing the previous year's figures (marked as updating) while a newly picked year loads. */
export function useHomeSection(year: number, orgUnitId?: string) {
  return useQuery({
    queryKey: ['HomeSection', { year, orgUnitId: orgUnitId ?? null }],
    queryFn: ({ signal }) => execute(HomeSectionQuery, { year, orgUnitId: orgUnitId ?? null }, { signal }),
    placeholderData: keepPreviousData,
  });
}
