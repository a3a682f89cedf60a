import { GraphQLRequestError } from './graphql-client';
import { shouldRetry } from './query-client';

describe('retrying a query', () => {
  it('retries a lost connection twice, then gives up', () => {
    const lost = new GraphQLRequestError('NETWORK_ERROR', undefined);
    expect([0, 1, 2].map((count) => shouldRetry(count, lost))).toEqual([true, true, false]);
  });

  it.each(['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'INTERNAL_SERVER_ERROR'] as const)('never retries %s', (code) => {
    expect(shouldRetry(0, new GraphQLRequestError(code, undefined))).toBe(false);
  });
});
