import { Field, ID, InputType } from '@nestjs/graphql';
import { RecordId, Text } from '../../graphql/input-validation';

@InputType()
export class RetireOrgUnitInput {
  @Field(() => ID) @RecordId() id!: string;
  @Field({ nullable: true, description: 'Why, for the history, e.g. 机构调整，并入康健支局' }) @Text({ optional: true }) reason?: string;
}
