import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString } from 'class-validator';
import { RecordId } from '../../graphql/input-validation';
import { CalendarDateScalar } from '../../graphql/scalars/calendar-date.scalar';

@InputType()
export class CloseBoothInput {
  @Field(() => ID) @RecordId('id') id!: string;
  // Every field needs a class-validator decorator: the pipe's whitelist drops undecorated ones.
  @Field(() => CalendarDateScalar) @IsString() closedOn!: string;
}
