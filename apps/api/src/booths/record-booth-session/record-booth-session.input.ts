import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IdempotencyKey, RecordId, ScalarText, TextList, WholeNumber } from '../../graphql/input-validation';
import { CalendarDateScalar } from '../../graphql/scalars/calendar-date.scalar';

@InputType()
export class RecordBoothSessionInput {
  @Field(() => ID) @RecordId() boothId!: string;
  // Every field needs a class-validator decorator: the pipe's whitelist drops undecorated ones.
  @Field(() => CalendarDateScalar, { description: 'The staffed day; within the booth’s open period' }) @ScalarText() date!: string;
  @Field(() => Int, { description: 'Volunteers on duty (人次)' }) @WholeNumber() volunteers!: number;
  @Field(() => Int, { description: '服务人数 people served' }) @WholeNumber() peopleServed!: number;
  @Field(() => [String], { description: '服务内容, e.g. 智能手机教学, 反诈宣传' }) @TextList() services!: string[];
  @Field({ nullable: true, description: 'Repeating a request with the same key records the session once' }) @IdempotencyKey() idempotencyKey?: string;
}
