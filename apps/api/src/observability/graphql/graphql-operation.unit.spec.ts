import { type OperationDefinitionNode, OperationTypeNode, parse } from 'graphql';
import { requestLabels } from '../metrics/request-metrics';
import { fieldOutcome, operationNameForLog, requestOutcome, rootFieldsOf } from './graphql-operation';

function rootFields(source: string) {
  const document = parse(source);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  if (!operation) throw new Error('no operation');
  return rootFieldsOf(operation, document);
}

describe('the root fields of an operation', () => {
  it('are the schema names with their response keys, through aliases and fragments', () => {
    expect(rootFields('mutation { a: grantRelief(input: {}) { position } voidReliefGrant(input: {}) { position } }')).toEqual([
      { name: 'grantRelief', responseKey: 'a' },
      { name: 'voidReliefGrant', responseKey: 'voidReliefGrant' },
    ]);
    expect(rootFields('query { ...F ... on Query { orgUnits { id } } } fragment F on Query { version ...F2 } fragment F2 on Query { version }')).toEqual([
      { name: 'version', responseKey: 'version' },
      { name: 'version', responseKey: 'version' },
      { name: 'orgUnits', responseKey: 'orgUnits' },
    ]);
  });
});

describe('outcomes', () => {
  const errors = [{ message: 'x', path: ['b'], extensions: { code: 'CONFLICT' } }];

  it('give each mutation field its own error code, or accepted', () => {
    expect(fieldOutcome('a', errors)).toBe('accepted');
    expect(fieldOutcome('b', errors)).toBe('CONFLICT');
    expect(fieldOutcome('a', [{ message: 'bad variables', extensions: { code: 'BAD_USER_INPUT' } }])).toBe('BAD_USER_INPUT');
    expect(fieldOutcome('a', undefined)).toBe('accepted');
  });

  it('keep a request to ok or a code, and any odd code to OTHER', () => {
    expect(requestOutcome(undefined)).toBe('ok');
    expect(requestOutcome(errors)).toBe('CONFLICT');
    expect(requestOutcome([{ message: 'x', extensions: { code: 'made up by someone 123' } }])).toBe('OTHER');
  });

  it('cut a long client operation name for the log', () => {
    expect(operationNameForLog('Grant')).toBe('Grant');
    expect(operationNameForLog('x'.repeat(500))).toHaveLength(101);
    expect(operationNameForLog(null)).toBeUndefined();
  });
});

describe('request metric labels', () => {
  it('name a GraphQL request by its one root field, never by the client’s operation name', () => {
    const graphql = { type: OperationTypeNode.MUTATION, name: 'Anything-the-client-likes', rootFields: [{ name: 'grantRelief', responseKey: 'g' }], outcome: 'ok' };
    expect(requestLabels({ graphql, status: 200 })).toEqual({ operation: 'grantRelief', type: 'mutation', outcome: 'ok' });
    const several = { ...graphql, rootFields: [...graphql.rootFields, { name: 'voidReliefGrant', responseKey: 'v' }] };
    expect(requestLabels({ graphql: several, status: 200 }).operation).toBe('(several)');
    expect(requestLabels({ graphql: { rootFields: [] }, status: 400 })).toEqual({ operation: '(none)', type: 'graphql', outcome: '400' });
  });

  it('name a plain request by its route pattern, and any path no route answered alike', () => {
    expect(requestLabels({ route: '/health/ready', status: 503 })).toEqual({ operation: '/health/ready', type: 'http', outcome: '503' });
    expect(requestLabels({ status: 404 })).toEqual({ operation: '(other)', type: 'http', outcome: '404' });
  });
});
