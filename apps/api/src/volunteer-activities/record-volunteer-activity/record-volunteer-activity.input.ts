import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { VOLUNTEER_ACTIVITY_LIMITS as L, type TimeBasis, type VolunteerProgram } from '@tracker/domain';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, ValidateNested } from 'class-validator';
import { TimeBasisEnum, VolunteerProgramEnum } from '../../graphql/enums';
import { IdempotencyKey, OptionalText, RecordId, RequiredText, TextList, WholeNumber } from '../../graphql/input-validation';
import { CalendarDateScalar } from '../../graphql/scalars/calendar-date.scalar';
import { DecimalScalar } from '../../graphql/scalars/decimal.scalar';

@InputType()
export class CharitySalesInput {
  @Field(() => Int, { description: '笔 transactions' }) @WholeNumber('charitySales.transactions (义卖笔数)', 1) transactions!: number;
  @Field(() => DecimalScalar, { description: 'yuan, e.g. "1280.50"' }) @IsString() amount!: string;
  @Field({ description: 'Who received the proceeds, e.g. 红十字会' }) @RequiredText('charitySales.recipient (捐赠对象)', L.recipientMax) recipient!: string;
}

@InputType()
export class RecordVolunteerActivityInput {
  @Field(() => ID) @RecordId('organizerId') organizerId!: string;
  @Field(() => VolunteerProgramEnum) @IsIn(Object.values(VolunteerProgramEnum)) program!: VolunteerProgram;
  @Field() @RequiredText('title (活动名称)', L.titleMax) title!: string;
  // Every field needs a class-validator decorator: the pipe's whitelist drops undecorated ones.
  @Field(() => CalendarDateScalar) @IsString() startDate!: string;
  @Field(() => CalendarDateScalar, { nullable: true, description: 'Defaults to startDate' }) @IsOptional() endDate?: string;
  @Field({ nullable: true, description: '街道' }) @OptionalText('subdistrict (街道)', L.subdistrictMax) subdistrict?: string;
  @Field() @RequiredText('site (地点)', L.siteMax) site!: string;
  @Field(() => [String]) @TextList('serviceItems (服务项目)', L.serviceItemsMax, L.serviceItemMax) serviceItems!: string[];
  @Field(() => Int, { description: '人次 person-times' }) @WholeNumber('personTimes (人次)', 1) personTimes!: number;
  @Field(() => DecimalScalar, { nullable: true }) @IsOptional() @IsString() volunteerHours?: string;
  @Field(() => TimeBasisEnum, { nullable: true, description: 'Defaults to OWN_TIME' }) @IsOptional() @IsIn(Object.values(TimeBasisEnum)) timeBasis?: TimeBasis;
  @Field(() => Int, { nullable: true }) @WholeNumber('beneficiaries (受益人数)', 0, true) beneficiaries?: number;
  @Field(() => ID, { nullable: true, description: 'A 党建翼联 agreement this activity serves' }) @RecordId('agreementId', true) agreementId?: string;
  @Field(() => CharitySalesInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => CharitySalesInput) charitySales?: CharitySalesInput;
  @Field({ nullable: true }) @IdempotencyKey() idempotencyKey?: string;
}
