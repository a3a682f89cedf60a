import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsOptional, IsString } from 'class-validator';
import { RecordId, RequiredText, WholeNumber } from '../../graphql/input-validation';
import { DecimalScalar } from '../../graphql/scalars/decimal.scalar';
import { AtMostYuan, DONATION_AMOUNT_MAX_YUAN } from '../donation-amount.validation';

/** Names the donation and the reason, plus the figures that change (at least one). */
@InputType()
export class CorrectUnionDonationInput {
  @Field(() => ID) @RecordId('campaignId') campaignId!: string;
  @Field(() => ID) @RecordId('donationId') donationId!: string;
  @Field({ description: 'Why the donation is corrected; kept in its history' }) @RequiredText('reason (原因)', 500) reason!: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'yuan' }) @IsOptional() @IsString() @AtMostYuan('amount (金额)', DONATION_AMOUNT_MAX_YUAN) amount?: string;
  @Field(() => Int, { nullable: true, description: '捐款人数 donors' }) @WholeNumber('donorCount (捐款人数)', 1, true) donorCount?: number;
}
