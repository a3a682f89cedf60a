import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { EXAM_SENTINEL_LIMITS as L } from '@tracker/domain';
import { IsString } from 'class-validator';
import { IdempotencyKey, RecordId, RequiredText, WholeNumber } from '../../graphql/input-validation';
import { CalendarDateScalar } from '../../graphql/scalars/calendar-date.scalar';

/** 考务哨兵: one exam (name + date) at one site, and how many volunteers supported it. */
@InputType()
export class RecordExamSentinelShiftInput {
  @Field(() => ID) @RecordId('organizerId') organizerId!: string;
  @Field({ description: '考试名称, e.g. 春季高考' }) @RequiredText('examName (考试名称)', L.examNameMax) examName!: string;
  // Every field needs a class-validator decorator: the pipe's whitelist drops undecorated ones.
  @Field(() => CalendarDateScalar) @IsString() examDate!: string;
  @Field({ description: '考点 exam site' }) @RequiredText('site (考点)', L.siteMax) site!: string;
  @Field(() => Int, { description: '保障人次 supports: volunteers on duty' }) @WholeNumber('supporters (保障人次)', 1) supporters!: number;
  @Field({ nullable: true }) @IdempotencyKey() idempotencyKey?: string;
}
