// The request gate's measurements (query-limits.ts) and refusals, on the committed schema: what a
// request may cost before anything runs, with and without credentials.
import { readFileSync } from 'node:fs';
import { buildSchema, Kind, parse, specifiedRules, validate, type OperationDefinitionNode } from 'graphql';
import { ANONYMOUS_BUDGET, AUTHENTICATED_BUDGET, DocumentMeasurer, QUERY_LIMITS } from './query-limits';
import { preflight, unstorableVariables, type RequestParts } from './request-gate';
import { RequestRefusal } from './request-refusal';

const schema = buildSchema(readFileSync(`${__dirname}/../../schema.graphql`, 'utf8'));
const times = (n: number, each: (i: number) => string): string => Array.from({ length: n }, (_, i) => each(i)).join(' ');

/** The fragment bomb of issue 12: 22 fragments, each spreading the next one twice (2^21 fields, under 1 KB). */
const FRAGMENT_BOMB = `query { ...F0 } ${times(21, (i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`)} fragment F21 on Query { version }`;

function measure(query: string, budget = AUTHENTICATED_BUDGET) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation) throw new Error('no operation');
  return new DocumentMeasurer(document, schema, budget).operation(operation);
}

const ask = (query: unknown, variables?: unknown): RequestParts => ({ query, variables, persisted: false });

/** The refusal preflight throws, or undefined when it lets the request through. */
function refusalOf(parts: RequestParts, anonymous = false): RequestRefusal | undefined {
  try {
    preflight(schema, parts, anonymous);
    return undefined;
  } catch (error) {
    if (error instanceof RequestRefusal) return error;
    throw error;
  }
}

/** CPU milliseconds (user + system) of the cheapest of a few runs: robust on a loaded machine. */
function cpuMs(run: () => void): number {
  let best = Infinity;
  for (let attempt = 0; attempt < 3; attempt++) {
    const before = process.cpuUsage();
    run();
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

describe('measuring a document', () => {
  it('counts fields, depth and cost exactly below the limits, through fragments and inline fragments', () => {
    expect(measure('{ version eventStore { headPosition } ... on Query { orgUnits { id name } } }')).toEqual({ depth: 2, fields: 6, cost: 6 });
    // 8 fragments, each spreading the next twice: 2^7 fields.
    const small = `{ ...F0 } ${times(7, (i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`)} fragment F7 on Query { version }`;
    expect(measure(small)).toEqual({ depth: 1, fields: 128, cost: 128 });
  });

  it('gives the expensive fields their cost, asOf most', () => {
    expect(measure('{ reportSection(year: 2023) }').cost).toBe(20);
    expect(measure('{ communityResponsibility(year: 2023) { year } }').cost).toBe(21);
    expect(measure('{ communityResponsibility(year: 2023, asOf: "2024-01-15T09:00:00+08:00") { year } }').cost).toBe(501);
    expect(measure('query ($t: DateTime) { communityResponsibility(year: 2023, asOf: $t) { year } }').cost).toBe(501);
    expect(measure('{ recordHistory(id: "x") { type } }').cost).toBe(11);
  });

  it('measures the fragment bomb as 22 fragments, and stops at the limit', () => {
    const used = cpuMs(() => expect(measure(FRAGMENT_BOMB).fields).toBeGreaterThan(QUERY_LIMITS.maxFields));
    expect(used).toBeLessThan(20);
    // Stopping at the limit: the walk returns soon after it passes 400, not at 2^21.
    expect(measure(FRAGMENT_BOMB).fields).toBeLessThan(2 * QUERY_LIMITS.maxFields);
  });

  it('follows a fragment cycle only once (validation refuses the cycle itself)', () => {
    expect(measure('{ ...A } fragment A on Query { version ...B } fragment B on Query { ...A }')).toEqual({ depth: 1, fields: 1, cost: 1 });
  });
});

describe('preflight: what a request may cost before it runs', () => {
  it('lets an honest query through', () => {
    expect(refusalOf(ask('{ communityResponsibility(year: 2023) { charity { relief { personTimes amount } } } reportSection(year: 2023) }'))).toBeUndefined();
  });

  it('refuses the fragment bomb within milliseconds, with or without a token', () => {
    for (const [anonymous, code] of [[false, 'BAD_USER_INPUT'], [true, 'UNAUTHENTICATED']] as const) {
      let refusal: RequestRefusal | undefined;
      const used = cpuMs(() => {
        refusal = refusalOf(ask(FRAGMENT_BOMB), anonymous);
      });
      expect(refusal?.extensions['code']).toBe(code);
      expect(refusal?.message).toContain('字段超过了');
      expect(used).toBeLessThan(50);
    }
  });

  it('refuses 399 aliases of reportSection by their cost, though they fit under the field limit', () => {
    const aliases = `{ ${times(399, (i) => `a${i}: reportSection(year: 2023)`)} }`;
    expect(refusalOf(ask(aliases))?.message).toBe('查询的计算量超过了上限（1000）：汇总、报告、历史等查询较重，请分几次查询');
    expect(refusalOf(ask(`{ ${times(40, (i) => `a${i}: reportSection(year: 2023)`)} }`))).toBeUndefined();
    expect(refusalOf(ask(`{ ${times(2, (i) => `a${i}: communityResponsibility(year: 2023, asOf: "2024-01-15T09:00:00+08:00") { year }`)} }`))).toBeDefined();
  });

  it('refuses an unspread fragment over the budget too: validation compares its fields in pairs', () => {
    expect(refusalOf(ask(`{ version } fragment F on Query { ${times(401, (i) => `a${i}: version`)} }`))?.message).toContain('字段超过了');
  });

  it('gives a request without credentials a smaller budget: past it, only signing in helps (UNAUTHENTICATED)', () => {
    const fiftyOne = `{ ${times(51, (i) => `a${i}: version`)} }`;
    expect(refusalOf(ask(fiftyOne))).toBeUndefined();
    const refused = refusalOf(ask(fiftyOne), true);
    expect(refused?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', http: { status: 200 } });
    expect(refused?.message).toBe(`请先登录：未登录的请求限额很低，查询选择的字段超过了 ${ANONYMOUS_BUDGET.maxFields} 个的上限`);
    const long = `{ recordHistory(id: [${times(600, (i) => String(i))}]) { type } }`;
    expect(refusalOf(ask(long), true)?.message).toBe(`请先登录：未登录的请求限额很低，查询语句过长，超过了 ${ANONYMOUS_BUDGET.maxTokens} 个词法单元（名称、符号、数值）的上限`);
  });

  it('makes a request without credentials send the text of a persisted query, not its hash alone', () => {
    const hashOnly: RequestParts = { query: undefined, variables: undefined, persisted: true };
    expect(refusalOf(hashOnly, true)?.extensions['code']).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(refusalOf(hashOnly, false)).toBeUndefined();
  });

  it('refuses brackets nested deeper than the parser can follow, as the client’s mistake', () => {
    const deep = `{ recordHistory(id: ${'['.repeat(2400)}${']'.repeat(2400)}) { type } }`;
    expect(refusalOf(ask(deep))?.message).toBe('查询语句嵌套过深，无法解析');
  });

  it('leaves a syntax error, or a body without a query, to Apollo, which words it itself', () => {
    expect(refusalOf(ask('{ version'))).toBeUndefined();
    expect(refusalOf(ask(42))).toBeUndefined();
  });

  it('refuses a body-sized document without a token at its first 500 tokens', () => {
    const huge = `{ ${times(20_000, (i) => `a${i}: version`)} }`;
    expect(huge.length).toBeGreaterThan(200_000);
    let refusal: RequestRefusal | undefined;
    const used = cpuMs(() => {
      refusal = refusalOf(ask(huge), true);
    });
    expect(refusal?.message).toContain('查询语句过长');
    expect(used).toBeLessThan(50);
  });

  it('costs a request without credentials a few milliseconds at most, whatever its 500 tokens hold', () => {
    const fit = (unit: (i: number) => string, wrap: (s: string) => string): string => {
      let count = 1;
      while (refusalOf(ask(wrap(times(count + 1, unit))), true) === undefined && count < 500) count++;
      return wrap(times(count, unit));
    };
    const adversarial = [
      `{ ${times(25, (i) => `o: orgUnits { a: ${i % 2 ? 'id' : 'name'} }`)} }`,
      fit((i) => `query Q${i} { a: version b: version }`, (s) => s),
      fit((i) => `fragment F${i} on Query { ${times(8, () => 'a: version')} }`, (s) => `{ version } ${s}`),
      fit((i) => `$v${i}: Int`, (s) => `query(${s}) { version }`),
      fit(() => '@include(if: true)', (s) => `{ version ${s} }`),
      fit((i) => `f${i}: 1`, (s) => `mutation { grantRelief(input: {${s}}) { position } }`),
    ];
    for (const query of adversarial) {
      // What Apollo then does with it: parse and validate with every rule graphql-js specifies.
      const used = cpuMs(() => {
        if (refusalOf(ask(query), true) === undefined) validate(schema, parse(query), specifiedRules);
      });
      // A few milliseconds in the server; jest's sandbox and a loaded machine multiply that.
      expect(used).toBeLessThan(100);
    }
  });
});

describe('text no store can keep', () => {
  it('names each string with a NUL or half a surrogate pair by its input path', () => {
    const variables = { input: { title: 'a\u0000b', serviceItems: ['ok', 'x\ud800'], charitySales: { recipient: '\udc00红十字会' } }, id: '\u0000' };
    expect(unstorableVariables(variables).map((p) => p.field).sort()).toEqual(['charitySales.recipient', 'id', 'serviceItems[1]', 'title']);
    expect(unstorableVariables({ input: { title: '学雷锋 😀 志愿服务' } })).toEqual([]);
  });

  it('refuses them in variables and in the document’s own literals', () => {
    const inVariables = refusalOf(ask('mutation ($i: GrantReliefInput!) { grantRelief(input: $i) { position } }', { i: { amount: '1\u0000' } }));
    expect(inVariables?.fields).toEqual([{ field: 'amount', message: expect.stringContaining('无法保存的字符') }]);
    expect(refusalOf(ask('{ recordHistory(id: "a\\u0000") { type } }'))?.message).toContain('无法保存的字符');
  });

  it('walks a deeply nested variable without recursion', () => {
    let deep: unknown = 'x\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(unstorableVariables({ v: deep })).toHaveLength(1);
  });
});
