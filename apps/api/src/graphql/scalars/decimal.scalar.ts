import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { DECIMAL_FORMAT_HINT, tryParseYuanToFen } from '@tracker/domain';

const SENT_AS_TEXT = '数字须加引号以文字发送，例如 "41620.00"';

function parseDecimalText(value: unknown): string {
  // A JSON number would already have passed through a float: refuse it rather than guess.
  if (typeof value !== 'string') throw new GraphQLError(SENT_AS_TEXT);
  if (tryParseYuanToFen(value) === undefined) throw new GraphQLError(`数字须为${DECIMAL_FORMAT_HINT}`);
  return value;
}

/**
 * `Decimal`: yuan (or hours) as a string with at most 2 fraction digits, e.g. "41620.00".
 * It stays text up to the domain, which turns it into integer fen: money is never a float.
 */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: 'A non-negative decimal as a string, a plain number with at most 2 decimal places, up to 100000000, e.g. 41620.00 or 3.5 (yuan for money).',
  serialize: (value) => parseDecimalText(value),
  parseValue: (value) => parseDecimalText(value),
  parseLiteral: (ast: ValueNode) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError(SENT_AS_TEXT);
    return parseDecimalText(ast.value);
  },
});
