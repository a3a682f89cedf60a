import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { DONATION_CAMPAIGN_NAME_MAX } from '@tracker/domain';
import { IsString } from 'class-validator';
import { IdempotencyKey, RecordId, RequiredText, WholeNumber } from '../../graphql/input-validation';
import { CalendarDateScalar } from '../../graphql/scalars/calendar-date.scalar';

@InputType()
export class LaunchDonationCampaignInput {
  @Field({ description: 'e.g. 2023年爱心一日捐' }) @RequiredText('name (活动名称)', DONATION_CAMPAIGN_NAME_MAX) name!: string;
  @Field(() => ID, { description: 'The 工会 union running the campaign; must be a UNION org unit' }) @RecordId('organizerId') organizerId!: string;
  @Field(() => Int, { description: 'The report year the campaign belongs to' }) @WholeNumber('year (年度)', 2000) year!: number;
  // Every field needs a class-validator decorator: the pipe's whitelist drops undecorated ones.
  @Field(() => CalendarDateScalar) @IsString() launchedOn!: string;
  @Field({ nullable: true }) @IdempotencyKey() idempotencyKey?: string;
}
