import { Field, ID, InputType } from '@nestjs/graphql';
import { RecordId } from '../../graphql/input-validation';

@InputType()
export class EnableAccountInput {
  @Field(() => ID) @RecordId() id!: string;
}
