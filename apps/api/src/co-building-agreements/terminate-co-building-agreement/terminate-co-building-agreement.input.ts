import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString } from 'class-validator';
import { RecordId, RequiredText } from '../../graphql/input-validation';
import { CalendarDateScalar } from '../../graphql/scalars/calendar-date.scalar';

@InputType()
export class TerminateCoBuildingAgreementInput {
  @Field(() => ID) @RecordId('id') id!: string;
  @Field(() => CalendarDateScalar, { description: '终止日期 the day the agreement ended' }) @IsString() terminatedOn!: string;
  @Field({ description: 'Why the agreement ended; kept in its history' }) @RequiredText('reason (原因)', 500) reason!: string;
}
