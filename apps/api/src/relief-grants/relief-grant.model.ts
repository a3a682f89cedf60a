import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { formatFenAsYuan, type ReliefCategory, type ReliefGrantState } from '@tracker/domain';
import type { ReadModelRows, ReliefGrantRow } from '@tracker/projections';
import { ReliefCategoryEnum } from '../graphql/enums';
import { CalendarDateScalar } from '../graphql/scalars/calendar-date.scalar';
import { DecimalScalar } from '../graphql/scalars/decimal.scalar';
import { rowOf, VoidableRecordModel, voidableFields } from '../shared/recorded.model';
import { type LazyLookAlikes, LOOK_ALIKES_FIELD, LookAlikeModel, NO_LOOK_ALIKES, WARNINGS_FIELD } from '../shared/look-alikes';

// No field names a recipient: 帮困 relief is counted, never attributed to a person.
@ObjectType('ReliefGrant', { description: '帮困 hardship relief paid by a union, as it stands after corrections; it never names a recipient' })
export class ReliefGrantModel extends VoidableRecordModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) unionId!: string;
  @Field(() => [String], { description: "The union's names as they were when granted" }) unionPath!: readonly string[];
  @Field(() => CalendarDateScalar) grantedOn!: string;
  @Field(() => DecimalScalar, { description: 'yuan' }) amount!: string;
  @Field(() => Int, { description: '人次 person-times' }) personTimes!: number;
  @Field(() => ReliefCategoryEnum) category!: ReliefCategory;

  /** A command's answer: the facts as the decider holds them, the ledger fields from the record's row. */
  static from(state: ReliefGrantState, rows: ReadModelRows): ReliefGrantModel {
    if (state.status === 'none') throw new Error('no relief grant in this state');
    return Object.assign(new ReliefGrantModel(), {
      ...state.facts,
      id: state.grantId,
      amount: formatFenAsYuan(state.facts.amountFen),
      ...voidableFields(rowOf(rows.reliefGrants, state.grantId)),
    });
  }

  /** A ledger's node, from the read model's row. */
  static fromRow(row: ReliefGrantRow): ReliefGrantModel {
    const { id, unionId, unionPath, grantedOn, personTimes, category } = row;
    return Object.assign(new ReliefGrantModel(), { id, unionId, unionPath, grantedOn, personTimes, category, amount: formatFenAsYuan(row.amountFen), ...voidableFields(row) });
  }
}

@ObjectType('ReliefGrantPayload')
export class ReliefGrantPayload {
  @Field({ description: 'Global position of the last event written' }) position!: string;
  @Field(() => ReliefGrantModel) grant!: ReliefGrantModel;
  @Field(() => [LookAlikeModel], LOOK_ALIKES_FIELD) lookAlikes!: LazyLookAlikes;
  /** The same look-alikes, said as sentences. */
  @Field(() => [String], WARNINGS_FIELD) get warnings(): LazyLookAlikes {
    return this.lookAlikes;
  }

  static of(position: bigint, state: ReliefGrantState, rows: ReadModelRows, lookAlikes: LazyLookAlikes = NO_LOOK_ALIKES): ReliefGrantPayload {
    return Object.assign(new ReliefGrantPayload(), { position: position.toString(), grant: ReliefGrantModel.from(state, rows), lookAlikes });
  }
}
