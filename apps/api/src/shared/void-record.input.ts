import { Field, ID, InputType } from '@nestjs/graphql';
import { RecordId, RequiredText } from '../graphql/input-validation';

/** Names a record to void, and why: the reason stays in its history for good. */
@InputType()
export class VoidRecordInput {
  @Field(() => ID) @RecordId('id') id!: string;
  @Field({ description: 'Why the record is void, e.g. "entered twice"' }) @RequiredText('reason (原因)', 500) reason!: string;
}
