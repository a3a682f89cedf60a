import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ExamSentinelShiftState } from '@tracker/domain';
import type { ExamShiftRow, ReadModelRows } from '@tracker/projections';
import { CalendarDateScalar } from '../graphql/scalars/calendar-date.scalar';
import { rowOf, VoidableRecordModel, voidableFields } from '../shared/recorded.model';
import { type LazyLookAlikes, LOOK_ALIKES_FIELD, LookAlikeModel, NO_LOOK_ALIKES, WARNINGS_FIELD } from '../shared/look-alikes';

@ObjectType('ExamSentinelShift', { description: '考务哨兵: volunteers on duty at one exam site for one exam, as it stands after corrections' })
export class ExamSentinelShiftModel extends VoidableRecordModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) organizerId!: string;
  @Field(() => [String], { description: "The organizer's names as they were when recorded" }) organizerPath!: readonly string[];
  @Field({ description: '考试名称, e.g. 春季高考' }) examName!: string;
  @Field(() => CalendarDateScalar) examDate!: string;
  @Field({ description: '考点 exam site' }) site!: string;
  @Field(() => Int, { description: '保障人次 supports: volunteers on duty' }) supporters!: number;

  /** A command's answer: the facts as the decider holds them, the ledger fields from the record's row. */
  static from(state: ExamSentinelShiftState, rows: ReadModelRows): ExamSentinelShiftModel {
    if (state.status === 'none') throw new Error('no exam sentinel shift in this state');
    return Object.assign(new ExamSentinelShiftModel(), { ...state.facts, id: state.shiftId, ...voidableFields(rowOf(rows.examShifts, state.shiftId)) });
  }

  /** A ledger's node, from the read model's row. */
  static fromRow(row: ExamShiftRow): ExamSentinelShiftModel {
    const { id, organizerId, organizerPath, examName, examDate, site, supporters } = row;
    return Object.assign(new ExamSentinelShiftModel(), { id, organizerId, organizerPath, examName, examDate, site, supporters, ...voidableFields(row) });
  }
}

@ObjectType('ExamSentinelShiftPayload')
export class ExamSentinelShiftPayload {
  @Field({ description: 'Global position of the last event written' }) position!: string;
  @Field(() => ExamSentinelShiftModel) shift!: ExamSentinelShiftModel;
  @Field(() => [LookAlikeModel], LOOK_ALIKES_FIELD) lookAlikes!: LazyLookAlikes;
  /** The same look-alikes, said as sentences. */
  @Field(() => [String], WARNINGS_FIELD) get warnings(): LazyLookAlikes {
    return this.lookAlikes;
  }

  static of(position: bigint, state: ExamSentinelShiftState, rows: ReadModelRows, lookAlikes: LazyLookAlikes = NO_LOOK_ALIKES): ExamSentinelShiftPayload {
    return Object.assign(new ExamSentinelShiftPayload(), { position: position.toString(), shift: ExamSentinelShiftModel.from(state, rows), lookAlikes });
  }
}
