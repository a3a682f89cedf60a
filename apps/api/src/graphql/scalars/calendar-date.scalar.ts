import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { calendarDateProblem, type CalendarDate } from '@tracker/domain';

function parseCalendarDate(value: unknown): CalendarDate {
  const problem = calendarDateProblem(value, '日期');
  if (problem !== undefined) throw new GraphQLError(problem);
  return value as CalendarDate;
}

/** `Date`: an Asia/Shanghai calendar date, strictly `YYYY-MM-DD` (2023-02-30 and 2023-2-3 are refused). */
export const CalendarDateScalar = new GraphQLScalarType<CalendarDate, string>({
  name: 'Date',
  description: 'An Asia/Shanghai calendar date written YYYY-MM-DD, e.g. 2023-03-05.',
  serialize: (value) => parseCalendarDate(value),
  parseValue: (value) => parseCalendarDate(value),
  parseLiteral: (ast: ValueNode) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('日期须以文字发送，格式为 YYYY-MM-DD，例如 "2023-03-05"');
    return parseCalendarDate(ast.value);
  },
});
