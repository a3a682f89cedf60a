// Hello老友亭 booths (and 雷锋亭, 志愿服务亭): the year's booths with their sessions, one booth, and
// open / record a session / void a session / close (docs/design.md §14).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql/gql';
import type { CloseBoothInput, OpenBoothInput, RecordBoothSessionInput, VoidBoothSessionInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql-client';
import { RECORD_QUERY_KEYS } from './shared';

export const BoothFieldsFragment = graphql(`
  fragment BoothFields on Booth {
    id
    hostId
    hostPath
    kind
    name
    subdistrict
    location
    openedOn
    closed
    closedOn
    recordedAt
    recordedBy
    sessions {
      id
      date
      volunteers
      peopleServed
      services
      voided
      voidReason
      recordedAt
      recordedBy
    }
  }
`);

const BoothsDocument = graphql(`
  query Booths($filter: LedgerFilter!) {
    booths(filter: $filter) {
      ...BoothFields
    }
  }
`);

const OpenBoothDocument = graphql(`
  mutation OpenBooth($input: OpenBoothInput!) {
    openBooth(input: $input) {
      lookAlikes {
        ...LookAlikeFields
      }
      booth {
        id
        openedOn
      }
    }
  }
`);

const RecordBoothSessionDocument = graphql(`
  mutation RecordBoothSession($input: RecordBoothSessionInput!) {
    recordBoothSession(input: $input) {
      lookAlikes {
        ...LookAlikeFields
      }
      sessionId
      booth {
        id
      }
    }
  }
`);

const VoidBoothSessionDocument = graphql(`
  mutation VoidBoothSession($input: VoidBoothSessionInput!) {
    voidBoothSession(input: $input) {
      booth {
        id
      }
    }
  }
`);

const CloseBoothDocument = graphql(`
  mutation CloseBooth($input: CloseBoothInput!) {
    closeBooth(input: $input) {
      booth {
        id
      }
    }
  }
`);

const BOOTHS = 'Booths';

export interface BoothListFilter {
  readonly year: number;
  readonly orgUnitId?: string | undefined;
  readonly search?: string | undefined;
  readonly includeVoided: boolean;
}

/** The booths open during the year, each with the year's sessions: a few dozen at most, so one list (the api does not page it). */
export function useBooths({ year, orgUnitId, search, includeVoided }: BoothListFilter) {
  const variables = { filter: { year, orgUnitId: orgUnitId ?? null, search: search ?? null, includeVoided } };
  return useQuery({ queryKey: [BOOTHS, variables], queryFn: ({ signal }) => execute(BoothsDocument, variables, { signal }), placeholderData: keepPreviousData });
}

export function useBooth(id: string, year: number) {
  const variables = { filter: { year, id, includeVoided: true } };
  return useQuery({ queryKey: [BOOTHS, variables], queryFn: ({ signal }) => execute(BoothsDocument, variables, { signal }) });
}

function useBoothMutation<Input, Result>(run: (input: Input) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: [BOOTHS] }),
        queryClient.invalidateQueries({ queryKey: [RECORD_QUERY_KEYS.history] }),
        queryClient.invalidateQueries({ queryKey: [RECORD_QUERY_KEYS.choices] }),
      ]),
  });
}

export const useOpenBooth = () => useBoothMutation((input: OpenBoothInput) => execute(OpenBoothDocument, { input }));
export const useRecordBoothSession = () => useBoothMutation((input: RecordBoothSessionInput) => execute(RecordBoothSessionDocument, { input }));
export const useVoidBoothSession = () => useBoothMutation((input: VoidBoothSessionInput) => execute(VoidBoothSessionDocument, { input }));
export const useCloseBooth = () => useBoothMutation((input: CloseBoothInput) => execute(CloseBoothDocument, { input }));
