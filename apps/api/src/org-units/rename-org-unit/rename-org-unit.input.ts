import { Field, ID, InputType } from '@nestjs/graphql';
import { RecordId, Text } from '../../graphql/input-validation';

@InputType()
export class RenameOrgUnitInput {
  @Field(() => ID) @RecordId() id!: string;
  @Field({ description: 'The new name; siblings may not share one' }) @Text() name!: string;
}
