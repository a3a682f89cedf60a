import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IdempotencyKey, RecordId, ScalarText, Text, WholeNumber } from '../../graphql/input-validation';
import { CalendarDateScalar } from '../../graphql/scalars/calendar-date.scalar';

/** 考务哨兵: one exam (name + date) at one site, and how many volunteers supported it. */
@InputType()
export class RecordExamSentinelShiftInput {
  @Field(() => ID) @RecordId() organizerId!: string;
  @Field({ description: '考试名称, e.g. 春季高考' }) @Text() examName!: string;
  // Every field needs a class-validator decorator: the pipe's whitelist drops undecorated ones.
  @Field(() => CalendarDateScalar) @ScalarText() examDate!: string;
  @Field({ description: '考点 exam site' }) @Text() site!: string;
  @Field(() => Int, { description: '保障人次 supports: volunteers on duty' }) @WholeNumber() supporters!: number;
  @Field({ nullable: true }) @IdempotencyKey() idempotencyKey?: string;
}
