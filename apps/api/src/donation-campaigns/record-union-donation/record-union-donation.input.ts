import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IdempotencyKey, RecordId, ScalarText, WholeNumber } from '../../graphql/input-validation';
import { CalendarDateScalar } from '../../graphql/scalars/calendar-date.scalar';
import { DecimalScalar } from '../../graphql/scalars/decimal.scalar';

@InputType()
export class RecordUnionDonationInput {
  @Field(() => ID) @RecordId() campaignId!: string;
  @Field(() => ID, { description: 'The 部门工会 department union that collected the donation; must be a UNION org unit' }) @RecordId() unionId!: string;
  // Every field needs a class-validator decorator: the pipe's whitelist drops undecorated ones.
  @Field(() => DecimalScalar, { description: 'yuan, e.g. "5860.00"' }) @ScalarText() amount!: string;
  @Field(() => Int, { description: '捐款人数 donors' }) @WholeNumber() donorCount!: number;
  @Field(() => CalendarDateScalar) @ScalarText() receivedOn!: string;
  @Field({ nullable: true, description: 'Repeating a request with the same key records the donation once' }) @IdempotencyKey() idempotencyKey?: string;
}
