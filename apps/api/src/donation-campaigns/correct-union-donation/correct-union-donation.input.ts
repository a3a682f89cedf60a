import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { RecordId, ScalarText, Text, WholeNumber } from '../../graphql/input-validation';
import { DecimalScalar } from '../../graphql/scalars/decimal.scalar';

/** Names the donation and the reason, plus the figures that change (at least one). */
@InputType()
export class CorrectUnionDonationInput {
  @Field(() => ID) @RecordId() campaignId!: string;
  @Field(() => ID) @RecordId() donationId!: string;
  @Field({ description: 'Why the donation is corrected; kept in its history' }) @Text() reason!: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'yuan' }) @ScalarText({ optional: true }) amount?: string;
  @Field(() => Int, { nullable: true, description: '捐款人数 donors' }) @WholeNumber({ optional: true }) donorCount?: number;
}
