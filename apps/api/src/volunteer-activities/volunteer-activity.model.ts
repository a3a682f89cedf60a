import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { formatFenAsYuan, formatHundredths, type TimeBasis, type VolunteerActivityState, type VolunteerProgram } from '@tracker/domain';
import type { ActivityRow, ReadModelRows } from '@tracker/projections';
import { TimeBasisEnum, VolunteerProgramEnum } from '../graphql/enums';
import { CalendarDateScalar } from '../graphql/scalars/calendar-date.scalar';
import { DecimalScalar } from '../graphql/scalars/decimal.scalar';
import { rowOf, VoidableRecordModel, voidableFields } from '../shared/recorded.model';
import { type LazyLookAlikes, LOOK_ALIKES_FIELD, LookAlikeModel, NO_LOOK_ALIKES, WARNINGS_FIELD } from '../shared/look-alikes';

@ObjectType('CharitySales', { description: '义卖 charity sale held during an activity' })
export class CharitySalesModel {
  @Field(() => Int, { description: '笔 transactions' }) transactions!: number;
  @Field(() => DecimalScalar, { description: 'yuan' }) amount!: string;
  @Field() recipient!: string;
}

@ObjectType('VolunteerActivity', { description: '志愿服务: one volunteer activity (学雷锋 and the other programs), as it stands after corrections' })
export class VolunteerActivityModel extends VoidableRecordModel {
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

  /** A command's answer: the facts as the decider holds them, the ledger fields from the record's row. */
  static from(state: VolunteerActivityState, rows: ReadModelRows): VolunteerActivityModel {
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
      ...voidableFields(rowOf(rows.activities, state.activityId)),
    });
  }

  /** A ledger's node, from the read model's row. */
  static fromRow(row: ActivityRow): VolunteerActivityModel {
    const sales = row.charitySalesTransactions === null ? undefined : { transactions: row.charitySalesTransactions, amount: formatFenAsYuan(row.charitySalesAmountFen ?? 0), recipient: row.charitySalesRecipient ?? '' };
    return Object.assign(new VolunteerActivityModel(), {
      id: row.id,
      organizerId: row.organizerId,
      organizerPath: row.organizerPath,
      program: row.program,
      title: row.title,
      startDate: row.startDate,
      endDate: row.endDate,
      subdistrict: row.subdistrict ?? undefined,
      site: row.site,
      serviceItems: row.serviceItems,
      personTimes: row.personTimes,
      volunteerHours: row.volunteerHoursHundredths === null ? undefined : formatHundredths(row.volunteerHoursHundredths),
      timeBasis: row.timeBasis,
      beneficiaries: row.beneficiaries ?? undefined,
      agreementId: row.agreementId ?? undefined,
      charitySales: sales,
      ...voidableFields(row),
    });
  }
}

@ObjectType('VolunteerActivityPayload')
export class VolunteerActivityPayload {
  @Field({ description: 'Global position of the last event written' }) position!: string;
  @Field(() => VolunteerActivityModel) activity!: VolunteerActivityModel;
  @Field(() => [LookAlikeModel], LOOK_ALIKES_FIELD) lookAlikes!: LazyLookAlikes;
  /** The same look-alikes, said as sentences. */
  @Field(() => [String], WARNINGS_FIELD) get warnings(): LazyLookAlikes {
    return this.lookAlikes;
  }

  static of(position: bigint, state: VolunteerActivityState, rows: ReadModelRows, lookAlikes: LazyLookAlikes = NO_LOOK_ALIKES): VolunteerActivityPayload {
    return Object.assign(new VolunteerActivityPayload(), { position: position.toString(), activity: VolunteerActivityModel.from(state, rows), lookAlikes });
  }
}
