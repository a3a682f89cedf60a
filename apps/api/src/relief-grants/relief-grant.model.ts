import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { formatFenAsYuan, type ReliefCategory, type ReliefGrantState } from '@tracker/domain';
import { ReliefCategoryEnum } from '../graphql/enums';
import { CalendarDateScalar } from '../graphql/scalars/calendar-date.scalar';
import { DecimalScalar } from '../graphql/scalars/decimal.scalar';
import { voidedFields } from '../shared/voided';

// No field names a recipient: 帮困 relief is counted, never attributed to a person.
@ObjectType('ReliefGrant', { description: '帮困 hardship relief paid by a union, as it stands after corrections; it never names a recipient' })
export class ReliefGrantModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) unionId!: string;
  @Field(() => [String], { description: "The union's names as they were when granted" }) unionPath!: readonly string[];
  @Field(() => CalendarDateScalar) grantedOn!: string;
  @Field(() => DecimalScalar, { description: 'yuan' }) amount!: string;
  @Field(() => Int, { description: '人次 person-times' }) personTimes!: number;
  @Field(() => ReliefCategoryEnum) category!: ReliefCategory;
  @Field({ description: 'True once the record was voided; a voided record counts in no total' }) voided!: boolean;
  @Field({ nullable: true }) voidReason?: string;

  static from(state: ReliefGrantState): ReliefGrantModel {
    if (state.status === 'none') throw new Error('no relief grant in this state');
    return Object.assign(new ReliefGrantModel(), { ...state.facts, id: state.grantId, amount: formatFenAsYuan(state.facts.amountFen), ...voidedFields(state) });
  }
}

@ObjectType('ReliefGrantPayload')
export class ReliefGrantPayload {
  @Field({ description: 'Global position of the last event written' }) position!: string;
  @Field(() => ReliefGrantModel) grant!: ReliefGrantModel;

  static of(position: bigint, state: ReliefGrantState): ReliefGrantPayload {
    return Object.assign(new ReliefGrantPayload(), { position: position.toString(), grant: ReliefGrantModel.from(state) });
  }
}
