// 街道名单 the 街道 and 镇 the bureau serves, as the ADMIN keeps them (README: the 街道 list).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql/gql';
import { execute } from '../../../lib/graphql-client';

export const SubdistrictListDocument = graphql(`
  query SubdistrictList {
    subdistricts {
      id
      kept
      names
    }
    nameSuggestions(first: 100) {
      subdistrictsUsed
    }
  }
`);

const SetSubdistrictsDocument = graphql(`
  mutation SetSubdistricts($input: SetSubdistrictsInput!) {
    setSubdistricts(input: $input) {
      position
      subdistricts {
        id
        kept
        names
      }
    }
  }
`);

const SUBDISTRICT_LIST = ['SubdistrictList'] as const;

export function useSubdistrictList() {
  return useQuery({ queryKey: SUBDISTRICT_LIST, queryFn: ({ signal }) => execute(SubdistrictListDocument, {}, { signal }) });
}

/** Sets the whole list; the server writes one event per name added or removed. */
export function useSetSubdistricts() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (names: readonly string[]) => execute(SetSubdistrictsDocument, { input: { names: [...names] } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SUBDISTRICT_LIST }),
  });
}
