import { Field, ID, InputType } from '@nestjs/graphql';
import { RecordId, ScalarText, Text } from '../../graphql/input-validation';
import { CalendarDateScalar } from '../../graphql/scalars/calendar-date.scalar';

@InputType()
export class TerminateCoBuildingAgreementInput {
  @Field(() => ID) @RecordId() id!: string;
  @Field(() => CalendarDateScalar, { description: '终止日期 the day the agreement ended' }) @ScalarText() terminatedOn!: string;
  @Field({ description: 'Why the agreement ended; kept in its history' }) @Text() reason!: string;
}
