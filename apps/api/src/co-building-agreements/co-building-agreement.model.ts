import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { CoBuildingAgreementState, PartnerKind } from '@tracker/domain';
import type { AgreementRow, ReadModelRows } from '@tracker/projections';
import { PartnerKindEnum } from '../graphql/enums';
import { CalendarDateScalar } from '../graphql/scalars/calendar-date.scalar';
import { RecordedModel, recordedFields, rowOf } from '../shared/recorded.model';
import { type LazyLookAlikes, LOOK_ALIKES_FIELD, LookAlikeModel, NO_LOOK_ALIKES, WARNINGS_FIELD } from '../shared/look-alikes';

@ObjectType('Partner', { description: '共建单位: a community partner of a 党建翼联 agreement' })
export class PartnerModel {
  @Field() name!: string;
  @Field(() => PartnerKindEnum) kind!: PartnerKind;
}

@ObjectType('CoBuildingAgreement', { description: '党建翼联 co-building agreement between a company party branch and community partners' })
export class CoBuildingAgreementModel extends RecordedModel {
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

  /** A command's answer: the facts as the decider holds them, the ledger fields from the record's row. */
  static from(state: CoBuildingAgreementState, rows: ReadModelRows): CoBuildingAgreementModel {
    if (state.status === 'none') throw new Error('no co-building agreement in this state');
    return Object.assign(new CoBuildingAgreementModel(), {
      ...state.signed,
      id: state.signed.agreementId,
      validUntil: state.validUntil,
      terminated: state.status === 'terminated',
      terminatedOn: state.status === 'terminated' ? state.terminatedOn : undefined,
      terminationReason: state.status === 'terminated' ? state.reason : undefined,
      ...recordedFields(rowOf(rows.agreements, state.signed.agreementId)),
    });
  }

  /** A ledger's node, from the read model's row (the partners' names and kinds are kept pair by pair). */
  static fromRow(row: AgreementRow): CoBuildingAgreementModel {
    return Object.assign(new CoBuildingAgreementModel(), {
      id: row.id,
      branchId: row.branchId,
      branchPath: row.branchPath,
      partners: row.partnerNames.map((name, i) => ({ name, kind: row.partnerKinds[i] })),
      signedOn: row.signedOn,
      validUntil: row.validUntil ?? undefined,
      commitments: row.commitments,
      terminated: row.terminatedOn !== null,
      terminatedOn: row.terminatedOn ?? undefined,
      terminationReason: row.terminationReason ?? undefined,
      ...recordedFields(row),
    });
  }
}

@ObjectType('CoBuildingAgreementPayload')
export class CoBuildingAgreementPayload {
  @Field({ description: 'Global position of the last event written' }) position!: string;
  @Field(() => CoBuildingAgreementModel) agreement!: CoBuildingAgreementModel;
  @Field(() => [LookAlikeModel], LOOK_ALIKES_FIELD) lookAlikes!: LazyLookAlikes;
  /** The same look-alikes, said as sentences. */
  @Field(() => [String], WARNINGS_FIELD) get warnings(): LazyLookAlikes {
    return this.lookAlikes;
  }

  static of(position: bigint, state: CoBuildingAgreementState, rows: ReadModelRows, lookAlikes: LazyLookAlikes = NO_LOOK_ALIKES): CoBuildingAgreementPayload {
    return Object.assign(new CoBuildingAgreementPayload(), { position: position.toString(), agreement: CoBuildingAgreementModel.from(state, rows), lookAlikes });
  }
}
