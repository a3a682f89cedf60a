// 社区责任章节: the section text, its figures, its drift from the newest edition and the editions
// of the year, in one request; publishing an edition (docs/design.md §16).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql/gql';
import { execute } from '../../../lib/graphql-client';

export const ReportSectionPageQuery = graphql(`
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
`);

const PublishSectionDocument = graphql(`
  mutation PublishSection($input: PublishSectionInput!) {
    publishSection(input: $input) {
      id
      version
    }
  }
`);

export const REPORT_SECTION_KEY = 'ReportSectionPage';

export function useReportSection(year: number, orgUnitId?: string) {
  return useQuery({
    queryKey: [REPORT_SECTION_KEY, { year, orgUnitId: orgUnitId ?? null }],
    queryFn: ({ signal }) => execute(ReportSectionPageQuery, { year, orgUnitId: orgUnitId ?? null }, { signal }),
  });
}

export interface PublishRequest {
  readonly year: number;
  readonly orgUnitId?: string;
  readonly note?: string;
  readonly idempotencyKey: string;
}

/** A new edition changes the editions list and the drift, on this page and on 首页. */
export function usePublishSection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: PublishRequest) =>
      execute(PublishSectionDocument, {
        // Left out rather than null: the server reads a null orgUnitId as a unit to find.
        input: { year: request.year, idempotencyKey: request.idempotencyKey, ...(request.orgUnitId ? { orgUnitId: request.orgUnitId } : {}), ...(request.note ? { note: request.note } : {}) },
      }),
    onSuccess: () => queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] === REPORT_SECTION_KEY || query.queryKey[0] === 'HomeSection' }),
  });
}
