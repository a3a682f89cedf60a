import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { ReliefCategory } from '@tracker/domain';
import { ReliefCategoryEnum } from '../../graphql/enums';
import { IdempotencyKey, OneOf, RecordId, ScalarText, WholeNumber } from '../../graphql/input-validation';
import { CalendarDateScalar } from '../../graphql/scalars/calendar-date.scalar';
import { DecimalScalar } from '../../graphql/scalars/decimal.scalar';

/**
 * 帮困 hardship relief paid by a union. There is deliberately no field for the recipient: the
 * event log is immutable and could never forget a name, and the report needs only totals.
 */
@InputType()
export class GrantReliefInput {
  @Field(() => ID, { description: 'The paying 工会 union' }) @RecordId() unionId!: string;
  // Every field needs a class-validator decorator: the pipe's whitelist drops undecorated ones.
  @Field(() => CalendarDateScalar, { description: '发放日期 date granted' }) @ScalarText() grantedOn!: string;
  @Field(() => DecimalScalar, { description: 'yuan, e.g. "500.00"' }) @ScalarText() amount!: string;
  @Field(() => Int, { description: '人次 person-times' }) @WholeNumber() personTimes!: number;
  @Field(() => ReliefCategoryEnum) @OneOf(Object.values(ReliefCategoryEnum)) category!: ReliefCategory;
  @Field({ nullable: true }) @IdempotencyKey() idempotencyKey?: string;
}
