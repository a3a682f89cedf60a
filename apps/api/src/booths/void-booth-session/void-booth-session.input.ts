import { Field, ID, InputType } from '@nestjs/graphql';
import { RecordId, Text } from '../../graphql/input-validation';

/** Names the session by its booth and id, and why it is void: the reason stays in its history. */
@InputType()
export class VoidBoothSessionInput {
  @Field(() => ID) @RecordId() boothId!: string;
  @Field(() => ID) @RecordId() sessionId!: string;
  @Field({ description: 'Why the session is void, e.g. "entered twice"' }) @Text() reason!: string;
}
