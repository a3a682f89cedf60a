import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ExamSentinelShiftState } from '@tracker/domain';
import { CalendarDateScalar } from '../graphql/scalars/calendar-date.scalar';
import { voidedFields } from '../shared/voided';

@ObjectType('ExamSentinelShift', { description: '考务哨兵: volunteers on duty at one exam site for one exam, as it stands after corrections' })
export class ExamSentinelShiftModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) organizerId!: string;
  @Field(() => [String], { description: "The organizer's names as they were when recorded" }) organizerPath!: readonly string[];
  @Field({ description: '考试名称, e.g. 春季高考' }) examName!: string;
  @Field(() => CalendarDateScalar) examDate!: string;
  @Field({ description: '考点 exam site' }) site!: string;
  @Field(() => Int, { description: '保障人次 supports: volunteers on duty' }) supporters!: number;
  @Field({ description: 'True once the record was voided; a voided record counts in no total' }) voided!: boolean;
  @Field({ nullable: true }) voidReason?: string;

  static from(state: ExamSentinelShiftState): ExamSentinelShiftModel {
    if (state.status === 'none') throw new Error('no exam sentinel shift in this state');
    return Object.assign(new ExamSentinelShiftModel(), { ...state.facts, id: state.shiftId, ...voidedFields(state) });
  }
}

@ObjectType('ExamSentinelShiftPayload')
export class ExamSentinelShiftPayload {
  @Field({ description: 'Global position of the last event written' }) position!: string;
  @Field(() => ExamSentinelShiftModel) shift!: ExamSentinelShiftModel;

  static of(position: bigint, state: ExamSentinelShiftState): ExamSentinelShiftPayload {
    return Object.assign(new ExamSentinelShiftPayload(), { position: position.toString(), shift: ExamSentinelShiftModel.from(state) });
  }
}
