import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { CoBuildingAgreementState, PartnerKind } from '@tracker/domain';
import { PartnerKindEnum } from '../graphql/enums';
import { CalendarDateScalar } from '../graphql/scalars/calendar-date.scalar';

@ObjectType('Partner', { description: '共建单位: a community partner of a 党建翼联 agreement' })
export class PartnerModel {
  @Field() name!: string;
  @Field(() => PartnerKindEnum) kind!: PartnerKind;
}

@ObjectType('CoBuildingAgreement', { description: '党建翼联 co-building agreement between a company party branch and community partners' })
export class CoBuildingAgreementModel {
  @Field(() => ID) id!: string;
  @Field(() => ID, { description: 'The signing party branch (or sub-bureau)' }) branchId!: string;
  @Field(() => [String], { description: "The signing branch's names as they were when signed" }) branchPath!: readonly string[];
  @Field(() => [PartnerModel]) partners!: readonly PartnerModel[];
  @Field(() => CalendarDateScalar) signedOn!: string;
  @Field(() => CalendarDateScalar, { nullable: true, description: 'Absent for an open-ended agreement; moved by renewals' }) validUntil?: string;
  @Field(() => [String], { description: '共建事项 commitments' }) commitments!: readonly string[];
  @Field({ description: 'True once the agreement was terminated' }) terminated!: boolean;
  @Field(() => CalendarDateScalar, { nullable: true }) terminatedOn?: string;
  @Field({ nullable: true }) terminationReason?: string;

  static from(state: CoBuildingAgreementState): CoBuildingAgreementModel {
    if (state.status === 'none') throw new Error('no co-building agreement in this state');
    return Object.assign(new CoBuildingAgreementModel(), {
      ...state.signed,
      id: state.signed.agreementId,
      validUntil: state.validUntil,
      terminated: state.status === 'terminated',
      terminatedOn: state.status === 'terminated' ? state.terminatedOn : undefined,
      terminationReason: state.status === 'terminated' ? state.reason : undefined,
    });
  }
}

@ObjectType('CoBuildingAgreementPayload')
export class CoBuildingAgreementPayload {
  @Field({ description: 'Global position of the last event written' }) position!: string;
  @Field(() => CoBuildingAgreementModel) agreement!: CoBuildingAgreementModel;

  static of(position: bigint, state: CoBuildingAgreementState): CoBuildingAgreementPayload {
    return Object.assign(new CoBuildingAgreementPayload(), { position: position.toString(), agreement: CoBuildingAgreementModel.from(state) });
  }
}
