import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

// An instant needs its offset: "2023-03-05T10:00:00" alone would be ambiguous across time zones.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function parseInstant(value: unknown): Date {
  if (typeof value !== 'string' || !INSTANT.test(value) || Number.isNaN(Date.parse(value))) {
    throw new GraphQLError('时间须为带时区的 ISO-8601 时刻，例如 "2024-01-15T09:30:00+08:00"');
  }
  return new Date(value);
}

/** `DateTime`: an ISO-8601 instant; served in UTC (`toISOString`). */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An ISO-8601 instant with offset, e.g. 2024-01-15T09:30:00+08:00.',
  serialize: (value) => {
    if (value instanceof Date) return value.toISOString();
    return parseInstant(value).toISOString();
  },
  parseValue: (value) => parseInstant(value),
  parseLiteral: (ast: ValueNode) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('时间须以文字发送，例如 "2024-01-15T09:30:00+08:00"');
    return parseInstant(ast.value);
  },
});
