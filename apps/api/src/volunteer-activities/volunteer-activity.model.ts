import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { formatFenAsYuan, formatHundredths, type TimeBasis, type VolunteerActivityState, type VolunteerProgram } from '@tracker/domain';
import { TimeBasisEnum, VolunteerProgramEnum } from '../graphql/enums';
import { CalendarDateScalar } from '../graphql/scalars/calendar-date.scalar';
import { DecimalScalar } from '../graphql/scalars/decimal.scalar';
import { voidedFields } from '../shared/voided';

@ObjectType('CharitySales', { description: '义卖 charity sale held during an activity' })
export class CharitySalesModel {
  @Field(() => Int, { description: '笔 transactions' }) transactions!: number;
  @Field(() => DecimalScalar, { description: 'yuan' }) amount!: string;
  @Field() recipient!: string;
}

@ObjectType('VolunteerActivity', { description: '志愿服务: one volunteer activity (学雷锋 and the other programs), as it stands after corrections' })
export class VolunteerActivityModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) organizerId!: string;
  @Field(() => [String], { description: "The organizer's names as they were when recorded" }) organizerPath!: readonly string[];
  @Field(() => VolunteerProgramEnum) program!: VolunteerProgram;
  @Field() title!: string;
  @Field(() => CalendarDateScalar) startDate!: string;
  @Field(() => CalendarDateScalar) endDate!: string;
  @Field({ nullable: true, description: '街道' }) subdistrict?: string;
  @Field() site!: string;
  @Field(() => [String]) serviceItems!: readonly string[];
  @Field(() => Int, { description: '人次' }) personTimes!: number;
  @Field(() => DecimalScalar, { nullable: true }) volunteerHours?: string;
  @Field(() => TimeBasisEnum) timeBasis!: TimeBasis;
  @Field(() => Int, { nullable: true }) beneficiaries?: number;
  @Field(() => ID, { nullable: true }) agreementId?: string;
  @Field(() => CharitySalesModel, { nullable: true }) charitySales?: CharitySalesModel;
  @Field({ description: 'True once the record was voided; a voided record counts in no total' }) voided!: boolean;
  @Field({ nullable: true }) voidReason?: string;

  static from(state: VolunteerActivityState): VolunteerActivityModel {
    if (state.status === 'none') throw new Error('no volunteer activity in this state');
    const { facts } = state;
    return Object.assign(new VolunteerActivityModel(), {
      ...facts,
      id: state.activityId,
      volunteerHours: facts.volunteerHoursHundredths === undefined ? undefined : formatHundredths(facts.volunteerHoursHundredths),
      charitySales: facts.charitySales && {
        transactions: facts.charitySales.transactions,
        amount: formatFenAsYuan(facts.charitySales.amountFen),
        recipient: facts.charitySales.recipient,
      },
      ...voidedFields(state),
    });
  }
}

@ObjectType('VolunteerActivityPayload')
export class VolunteerActivityPayload {
  @Field({ description: 'Global position of the last event written' }) position!: string;
  @Field(() => VolunteerActivityModel) activity!: VolunteerActivityModel;

  static of(position: bigint, state: VolunteerActivityState): VolunteerActivityPayload {
    return Object.assign(new VolunteerActivityPayload(), { position: position.toString(), activity: VolunteerActivityModel.from(state) });
  }
}
