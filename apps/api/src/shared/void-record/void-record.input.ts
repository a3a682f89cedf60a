import { Field, ID, InputType } from '@nestjs/graphql';
import { RecordId, Text } from '../../graphql/input-validation';

/** Names a record to void, and why: the reason stays in its history for good. */
@InputType()
export class VoidRecordInput {
  @Field(() => ID) @RecordId() id!: string;
  @Field({ description: 'Why the record is void, e.g. "entered twice"' }) @Text() reason!: string;
}
