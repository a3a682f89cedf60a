import { Field, ID, InputType } from '@nestjs/graphql';
import { RecordId, Text } from '../../graphql/input-validation';

/** Names the donation by its campaign and id, and why it is void: the reason stays in its history. */
@InputType()
export class VoidUnionDonationInput {
  @Field(() => ID) @RecordId() campaignId!: string;
  @Field(() => ID) @RecordId() donationId!: string;
  @Field({ description: 'Why the donation is void, e.g. "entered twice"' }) @Text() reason!: string;
}
