import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsString } from 'class-validator';
import { IdempotencyKey, RecordId, WholeNumber } from '../../graphql/input-validation';
import { CalendarDateScalar } from '../../graphql/scalars/calendar-date.scalar';
import { DecimalScalar } from '../../graphql/scalars/decimal.scalar';
import { AtMostYuan, DONATION_AMOUNT_MAX_YUAN } from '../donation-amount.validation';

@InputType()
export class RecordUnionDonationInput {
  @Field(() => ID) @RecordId('campaignId') campaignId!: string;
  @Field(() => ID, { description: 'The 部门工会 department union that collected the donation; must be a UNION org unit' }) @RecordId('unionId') unionId!: string;
  // Every field needs a class-validator decorator: the pipe's whitelist drops undecorated ones.
  @Field(() => DecimalScalar, { description: 'yuan, e.g. "5860.00"' }) @IsString() @AtMostYuan('amount (金额)', DONATION_AMOUNT_MAX_YUAN) amount!: string;
  @Field(() => Int, { description: '捐款人数 donors' }) @WholeNumber('donorCount (捐款人数)', 1) donorCount!: number;
  @Field(() => CalendarDateScalar) @IsString() receivedOn!: string;
  @Field({ nullable: true, description: 'Repeating a request with the same key records the donation once' }) @IdempotencyKey() idempotencyKey?: string;
}
