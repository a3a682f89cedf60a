import { Field, ID, InputType } from '@nestjs/graphql';
import { RecordId, Text } from '../../graphql/input-validation';

@InputType()
export class DisableAccountInput {
  @Field(() => ID) @RecordId() id!: string;
  @Field({ description: 'Why, for the history' }) @Text() reason!: string;
}
