import { Field, ID, InputType } from '@nestjs/graphql';
import { RecordId, ScalarText } from '../../graphql/input-validation';
import { CalendarDateScalar } from '../../graphql/scalars/calendar-date.scalar';

@InputType()
export class CloseBoothInput {
  @Field(() => ID) @RecordId() id!: string;
  // Every field needs a class-validator decorator: the pipe's whitelist drops undecorated ones.
  @Field(() => CalendarDateScalar) @ScalarText() closedOn!: string;
}
