import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { TimeBasis, VolunteerProgram } from '@tracker/domain';
import { TimeBasisEnum, VolunteerProgramEnum } from '../../graphql/enums';
import { IdempotencyKey, Nested, OneOf, RecordId, ScalarText, Text, TextList, WholeNumber } from '../../graphql/input-validation';
import { CalendarDateScalar } from '../../graphql/scalars/calendar-date.scalar';
import { DecimalScalar } from '../../graphql/scalars/decimal.scalar';

@InputType()
export class CharitySalesInput {
  @Field(() => Int, { description: '笔 transactions' }) @WholeNumber() transactions!: number;
  @Field(() => DecimalScalar, { description: 'yuan, e.g. "1280.50"' }) @ScalarText() amount!: string;
  @Field({ description: 'Who received the proceeds, e.g. 红十字会' }) @Text() recipient!: string;
}

@InputType()
export class RecordVolunteerActivityInput {
  @Field(() => ID) @RecordId() organizerId!: string;
  @Field(() => VolunteerProgramEnum) @OneOf(Object.values(VolunteerProgramEnum)) program!: VolunteerProgram;
  @Field() @Text() title!: string;
  // Every field needs a class-validator decorator: the pipe's whitelist drops undecorated ones.
  @Field(() => CalendarDateScalar) @ScalarText() startDate!: string;
  @Field(() => CalendarDateScalar, { nullable: true, description: 'Defaults to startDate' }) @ScalarText({ optional: true }) endDate?: string;
  @Field({ nullable: true, description: '街道' }) @Text({ optional: true }) subdistrict?: string;
  @Field() @Text() site!: string;
  @Field(() => [String]) @TextList() serviceItems!: string[];
  @Field(() => Int, { description: '人次 person-times' }) @WholeNumber() personTimes!: number;
  @Field(() => DecimalScalar, { nullable: true }) @ScalarText({ optional: true }) volunteerHours?: string;
  @Field(() => TimeBasisEnum, { nullable: true, description: 'Defaults to OWN_TIME' }) @OneOf(Object.values(TimeBasisEnum), { optional: true }) timeBasis?: TimeBasis;
  @Field(() => Int, { nullable: true }) @WholeNumber({ optional: true }) beneficiaries?: number;
  @Field(() => ID, { nullable: true, description: 'A 党建翼联 agreement this activity serves' }) @RecordId({ optional: true }) agreementId?: string;
  @Field(() => CharitySalesInput, { nullable: true }) @Nested(() => CharitySalesInput, { optional: true }) charitySales?: CharitySalesInput;
  @Field({ nullable: true }) @IdempotencyKey() idempotencyKey?: string;
}
