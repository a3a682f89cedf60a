import { QueryClient } from '@tanstack/react-query';
import { GraphQLRequestError } from './graphql-client';

const MAX_RETRIES = 2;

/** Only a lost connection is worth another try: the server's refusals will not change by asking again. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < MAX_RETRIES && error instanceof GraphQLRequestError && error.code === 'NETWORK_ERROR';
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000 },
      // A mutation is never resent on its own: its idempotency key makes a person's retry safe.
      mutations: { retry: false },
    },
  });
}
