// 帮困 relief grants (docs/design.md §3, §14): a page of the year's grants from the server, and
// the mutations that change them. No grant ever names its recipient.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql/gql';
import type { CorrectReliefGrantInput, GrantReliefInput, VoidRecordInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql-client';

export const RELIEF_PAGE_SIZE = 20;

export const ReliefGrantsDocument = graphql(`
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
`);

const GrantDocument = graphql(`
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
`);
const CorrectDocument = graphql(`
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
`);
const VoidDocument = graphql(`
  mutation VoidReliefGrant($input: VoidRecordInput!) {
    voidReliefGrant(input: $input) {
      position
      grant {
        id
        voided
      }
    }
  }
`);

/** One page: `after` is the cursor the page before ended on (undefined for the first). */
/** The year's grants a page at a time, found by union name; or the one grant `id` names (a look-alike's link). */
export function useReliefGrants(year: number, search: string, after: string | undefined, id?: string) {
  const filter = { year, includeVoided: true, ...(id ? { id } : search.trim() ? { search: search.trim() } : {}) };
  return useQuery({
    queryKey: ['ReliefGrants', filter, after ?? null],
    queryFn: ({ signal }) => execute(ReliefGrantsDocument, { filter, first: RELIEF_PAGE_SIZE, ...(after ? { after } : {}) }, { signal }),
    placeholderData: keepPreviousData,
  });
}

function useReliefMutation<Input, Result>(run: (input: Input) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => queryClient.invalidateQueries() });
}

export const useGrantRelief = () => useReliefMutation((input: GrantReliefInput) => execute(GrantDocument, { input }));
export const useCorrectRelief = () => useReliefMutation((input: CorrectReliefGrantInput) => execute(CorrectDocument, { input }));
export const useVoidRelief = () => useReliefMutation((input: VoidRecordInput) => execute(VoidDocument, { input }));
