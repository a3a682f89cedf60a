/**
 * @jest-environment node
 */
// The fetcher needs fetch and Response, which jsdom lacks; it touches no DOM.
import { HomeSectionDocument } from '../gql/graphql';
import { dataOrThrow, execute, GraphQLRequestError } from './graphql-client';

function thrown(act: () => unknown): GraphQLRequestError {
  try {
    act();
  } catch (error) {
    if (error instanceof GraphQLRequestError) return error;
    throw error;
  }
  throw new Error('nothing was thrown');
}

describe('a GraphQL answer', () => {
  it('gives its data when there are no errors', () => {
    expect(dataOrThrow({ data: { version: '0.1.0' } })).toEqual({ version: '0.1.0' });
  });

  it('becomes an error with the code and every field the server named', () => {
    const error = thrown(() =>
      dataOrThrow({
        data: null,
        errors: [
          {
            message: '输入有误',
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: [
                { field: 'personTimes', message: '人次至少为 1' },
                { field: 'startDate', message: '请填写开始日期' },
              ],
            },
          },
          { message: '第二个错误', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'site', message: '请填写地点' }] } },
        ],
      }),
    );
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.serverMessage).toBe('输入有误');
    expect(error.fields).toEqual([
      { field: 'personTimes', message: '人次至少为 1' },
      { field: 'startDate', message: '请填写开始日期' },
      { field: 'site', message: '请填写地点' },
    ]);
  });

  it('keeps the server message only where it speaks to the person', () => {
    expect(thrown(() => dataOrThrow({ errors: [{ message: 'already closed', extensions: { code: 'CONFLICT' } }] })).serverMessage).toBe('already closed');
    expect(thrown(() => dataOrThrow({ errors: [{ message: 'Something went wrong', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] })).serverMessage).toBeUndefined();
    expect(thrown(() => dataOrThrow({ errors: [{ message: 'token expired', extensions: { code: 'UNAUTHENTICATED' } }] })).code).toBe('UNAUTHENTICATED');
  });

  it('treats an unknown code, or no code, as the server failing', () => {
    expect(thrown(() => dataOrThrow({ errors: [{ message: 'x', extensions: { code: 'SOMETHING_NEW' } }] })).code).toBe('INTERNAL_SERVER_ERROR');
    expect(thrown(() => dataOrThrow({ errors: [{ message: 'x' }] })).code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('ignores malformed field entries instead of failing on them', () => {
    const error = thrown(() => dataOrThrow({ errors: [{ message: 'x', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 1 }, 'site', null, { field: 'site', message: '请填写地点' }] } }] }));
    expect(error.fields).toEqual([{ field: 'site', message: '请填写地点' }]);
  });

  it('without data and without errors is a bad response', () => {
    expect(thrown(() => dataOrThrow({})).code).toBe('BAD_RESPONSE');
  });
});

describe('execute', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('posts the document and its variables as JSON to /graphql, with the session cookie', async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    globalThis.fetch = async (url, init) => {
      calls.push({ url: String(url), init: init ?? {} });
      return new Response(JSON.stringify({ data: { communityResponsibility: { year: 2023 } } }), { headers: { 'content-type': 'application/json' } });
    };
    const data = await execute(HomeSectionDocument, { year: 2023, orgUnitId: null });
    expect(data).toEqual({ communityResponsibility: { year: 2023 } });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe('/graphql');
    expect(calls[0]?.init).toMatchObject({ method: 'POST', credentials: 'same-origin' });
    const body = JSON.parse(String(calls[0]?.init.body)) as { query: string; variables: unknown };
    expect(body.variables).toEqual({ year: 2023, orgUnitId: null });
    expect(body.query).toContain('query HomeSection');
    // Fragments travel with the query that spreads them.
    expect(body.query).toContain('fragment HeadlineCards_Section on CommunityResponsibilitySection');
  });

  it('turns a failed connection into NETWORK_ERROR and a non-JSON answer into BAD_RESPONSE', async () => {
    globalThis.fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(execute(HomeSectionDocument, { year: 2023 })).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
    globalThis.fetch = async () => new Response('<html>502 Bad Gateway</html>', { status: 502 });
    await expect(execute(HomeSectionDocument, { year: 2023 })).rejects.toMatchObject({ code: 'BAD_RESPONSE' });
  });
});
