import { ANSWERS_UNAUTHENTICATED, createQueryClient, shouldRetry } from './query-client';
import { GraphQLRequestError } from './graphql-client';

describe('retrying a query', () => {
  it('retries a lost connection twice, then gives up', () => {
    const lost = new GraphQLRequestError('NETWORK_ERROR', undefined);
    expect([0, 1, 2].map((count) => shouldRetry(count, lost))).toEqual([true, true, false]);
  });

  it.each(['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'INTERNAL_SERVER_ERROR'] as const)('never retries %s', (code) => {
    expect(shouldRetry(0, new GraphQLRequestError(code, undefined))).toBe(false);
  });
});

describe('a session that ended', () => {
  const unauthenticated = () => Promise.reject(new GraphQLRequestError('UNAUTHENTICATED', undefined));

  it('is noticed by any query or mutation that hears UNAUTHENTICATED', async () => {
    const ended = jest.fn();
    const client = createQueryClient({ onUnauthenticated: ended });
    await client.fetchQuery({ queryKey: ['Anything'], queryFn: unauthenticated }).catch(() => undefined);
    await client.getMutationCache().build(client, { mutationFn: unauthenticated }).execute(undefined).catch(() => undefined);
    expect(ended).toHaveBeenCalledTimes(2);
  });

  it('is not what a sign-in’s own UNAUTHENTICATED (a wrong password) means, nor any other refusal', async () => {
    const ended = jest.fn();
    const client = createQueryClient({ onUnauthenticated: ended });
    await client.getMutationCache().build(client, { mutationFn: unauthenticated, meta: { [ANSWERS_UNAUTHENTICATED]: true } }).execute(undefined).catch(() => undefined);
    await client.fetchQuery({ queryKey: ['Other'], queryFn: () => Promise.reject(new GraphQLRequestError('FORBIDDEN', undefined)) }).catch(() => undefined);
    expect(ended).not.toHaveBeenCalled();
  });
});
