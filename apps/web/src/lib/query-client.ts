import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { GraphQLRequestError } from './graphql-client';

const MAX_RETRIES = 2;

/** Only a lost connection is worth another try: the server's refusals will not change by asking again. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < MAX_RETRIES && error instanceof GraphQLRequestError && error.code === 'NETWORK_ERROR';
}

/**
 * A mutation that expects UNAUTHENTICATED as an answer of its own (signIn: a wrong password) says
 * so in its `meta`; any other UNAUTHENTICATED means the session is gone.
 */
export const ANSWERS_UNAUTHENTICATED = 'answersUnauthenticated';

export const isUnauthenticated = (error: unknown): boolean => error instanceof GraphQLRequestError && error.code === 'UNAUTHENTICATED';

export interface QueryClientOptions {
  /** Called when any query or mutation hears that the session ended (expired, signed out elsewhere, account disabled). */
  readonly onUnauthenticated?: () => void;
}

export function createQueryClient(options: QueryClientOptions = {}): QueryClient {
  const { onUnauthenticated } = options;
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (isUnauthenticated(error)) onUnauthenticated?.();
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (isUnauthenticated(error) && mutation.meta?.[ANSWERS_UNAUTHENTICATED] !== true) onUnauthenticated?.();
      },
    }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000 },
      // A mutation is never resent on its own: its idempotency key makes a person's retry safe.
      mutations: { retry: false },
    },
  });
}
