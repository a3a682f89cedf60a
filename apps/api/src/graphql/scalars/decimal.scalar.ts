import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { DECIMAL_FORMAT_HINT, tryParseYuanToFen } from '@tracker/domain';

function parseDecimalText(value: unknown): string {
  // A JSON number would already have passed through a float: refuse it rather than guess.
  if (typeof value !== 'string') throw new GraphQLError(`Decimal must be sent as a string: ${DECIMAL_FORMAT_HINT}, e.g. "41620.00".`);
  if (tryParseYuanToFen(value) === undefined) throw new GraphQLError(`Decimal "${value}" is not ${DECIMAL_FORMAT_HINT}.`);
  return value;
}

/**
 * `Decimal`: yuan (or hours) as a string with at most 2 fraction digits, e.g. "41620.00".
 * It stays text up to the domain, which turns it into integer fen: money is never a float.
 */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: `A non-negative decimal as a string, ${DECIMAL_FORMAT_HINT} (yuan for money).`,
  serialize: (value) => parseDecimalText(value),
  parseValue: (value) => parseDecimalText(value),
  parseLiteral: (ast: ValueNode) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError(`Decimal must be sent as a string: ${DECIMAL_FORMAT_HINT}, e.g. "41620.00".`);
    return parseDecimalText(ast.value);
  },
});
