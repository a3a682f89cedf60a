// One published edition: its text as published and what was recorded after it (sectionAdjustments).
import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql/gql';
import { execute } from '../../../lib/graphql-client';

export const EditionPageQuery = graphql(`
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
`);

export function useEdition(editionId: string, year: number, orgUnitId: string | undefined) {
  return useQuery({
    queryKey: ['EditionPage', { editionId }],
    queryFn: ({ signal }) => execute(EditionPageQuery, { year, orgUnitId: orgUnitId ?? null, editionId }, { signal }),
  });
}
