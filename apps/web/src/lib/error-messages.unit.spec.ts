import { explainError, explainErrorCode } from './error-messages';
import { GraphQLRequestError, SERVER_ERROR_CODES } from './graphql-client';

const CHINESE = /[\u4e00-\u9fff]/;

describe('explaining an error', () => {
  it.each([...SERVER_ERROR_CODES, 'NETWORK_ERROR', 'BAD_RESPONSE'] as const)('says what happened and what to do next in Chinese for %s', (code) => {
    const { title, advice } = explainErrorCode(code);
    expect(title).toMatch(CHINESE);
    expect(advice).toMatch(CHINESE);
  });

  it("uses the server's own words when it gave some, under the code's title", () => {
    expect(explainError(new GraphQLRequestError('CONFLICT', '募捐已结束，不能再登记捐款'))).toEqual({ title: '记录的状态不允许这样操作', advice: '募捐已结束，不能再登记捐款' });
  });

  it('treats anything else thrown as the server failing, never showing its text', () => {
    expect(explainError(new TypeError('x is undefined'))).toEqual(explainErrorCode('INTERNAL_SERVER_ERROR'));
  });
});
