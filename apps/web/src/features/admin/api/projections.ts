// 数据处理: the projection's health, and the ADMIN's rebuild (docs/design.md §5).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql/gql';
import { execute } from '../../../lib/graphql-client';

export const ProjectionStatusDocument = graphql(`
  query ProjectionStatus {
    projectionStatus {
      name
      state
      lag
      checkpoint
      headPosition
      lastError
      rebuilding {
        generation
        checkpoint
        lag
        state
      }
    }
  }
`);

const RebuildProjectionsDocument = graphql(`
  mutation RebuildProjections {
    rebuildProjections {
      generation
      events
      durationMs
    }
  }
`);

const PROJECTION_STATUS = ['ProjectionStatus'] as const;
/** How often the page asks while a rebuild runs: lag falling is the progress a person watches. */
export const REBUILD_POLL_MS = 1000;

export function useProjectionStatus(polling: boolean) {
  return useQuery({
    queryKey: PROJECTION_STATUS,
    queryFn: ({ signal }) => execute(ProjectionStatusDocument, {}, { signal }),
    refetchInterval: (query) => (polling || query.state.data?.projectionStatus.some((p) => p.rebuilding) ? REBUILD_POLL_MS : false),
  });
}

/** The rebuild answers when it has switched over; everything read from the read model may have moved. */
export function useRebuildProjections() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: () => execute(RebuildProjectionsDocument, {}), onSettled: () => queryClient.invalidateQueries() });
}
