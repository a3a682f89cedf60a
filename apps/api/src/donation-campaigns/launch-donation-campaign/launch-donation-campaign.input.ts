import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IdempotencyKey, RecordId, ScalarText, Text, WholeNumber } from '../../graphql/input-validation';
import { CalendarDateScalar } from '../../graphql/scalars/calendar-date.scalar';

@InputType()
export class LaunchDonationCampaignInput {
  @Field({ description: 'e.g. 2023年爱心一日捐' }) @Text() name!: string;
  @Field(() => ID, { description: 'The 工会 union running the campaign; must be a UNION org unit' }) @RecordId() organizerId!: string;
  @Field(() => Int, { description: 'The report year the campaign belongs to' }) @WholeNumber() year!: number;
  // Every field needs a class-validator decorator: the pipe's whitelist drops undecorated ones.
  @Field(() => CalendarDateScalar) @ScalarText() launchedOn!: string;
  @Field({ nullable: true }) @IdempotencyKey() idempotencyKey?: string;
}
