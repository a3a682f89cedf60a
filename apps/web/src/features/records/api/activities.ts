// 志愿活动 volunteer activities (学雷锋 and the other programmes): the ledger page, one record, and
// record / correct / void (docs/design.md §3, §14).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql/gql';
import type { CorrectVolunteerActivityInput, RecordVolunteerActivityInput, VoidRecordInput, VolunteerProgram } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql-client';
import { RECORD_QUERY_KEYS } from './shared';

const ActivityFieldsFragment = graphql(`
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
`);

const ActivitiesDocument = graphql(`
  query VolunteerActivities($filter: LedgerFilter!, $program: VolunteerProgram, $first: Int, $after: String) {
    volunteerActivities(filter: $filter, program: $program, first: $first, after: $after) {
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
`);

const RecordActivityDocument = graphql(`
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
`);

const CorrectActivityDocument = graphql(`
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
`);

const VoidActivityDocument = graphql(`
  mutation VoidVolunteerActivity($input: VoidRecordInput!) {
    voidVolunteerActivity(input: $input) {
      activity {
        id
      }
    }
  }
`);

export { ActivityFieldsFragment };

const ACTIVITIES = 'VolunteerActivities';

export interface ActivityListFilter {
  readonly year: number;
  readonly orgUnitId?: string | undefined;
  readonly program?: VolunteerProgram | undefined;
  readonly includeVoided: boolean;
  readonly search?: string | undefined;
}

export const ACTIVITY_PAGE_SIZE = 20;

/** One page of the year's activities, from the server (cursor paging; the total on every page). */
export function useActivityPage(filter: ActivityListFilter, after: string | undefined) {
  const { year, orgUnitId, program, includeVoided, search } = filter;
  const variables = {
    filter: { year, orgUnitId: orgUnitId ?? null, includeVoided, search: search ?? null },
    program: program ?? null,
    first: ACTIVITY_PAGE_SIZE,
    after: after ?? null,
  };
  return useQuery({ queryKey: [ACTIVITIES, variables], queryFn: ({ signal }) => execute(ActivitiesDocument, variables, { signal }), placeholderData: keepPreviousData });
}

/** One activity by its id, voided or not, looked up in the year it starts in. */
export function useActivity(id: string, year: number) {
  const variables = { filter: { year, id, includeVoided: true }, first: 1 };
  return useQuery({ queryKey: [ACTIVITIES, variables], queryFn: ({ signal }) => execute(ActivitiesDocument, variables, { signal }) });
}

/** A change to activities: the ledger pages, the record's history and the names used are read again. */
function useActivityMutation<Input, Result>(run: (input: Input) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: [ACTIVITIES] }),
        queryClient.invalidateQueries({ queryKey: [RECORD_QUERY_KEYS.history] }),
        queryClient.invalidateQueries({ queryKey: [RECORD_QUERY_KEYS.choices] }),
      ]),
  });
}

export const useRecordActivity = () => useActivityMutation((input: RecordVolunteerActivityInput) => execute(RecordActivityDocument, { input }));
export const useCorrectActivity = () => useActivityMutation((input: CorrectVolunteerActivityInput) => execute(CorrectActivityDocument, { input }));
export const useVoidActivity = () => useActivityMutation((input: VoidRecordInput) => execute(VoidActivityDocument, { input }));
