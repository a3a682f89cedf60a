import { Field, ID, InputType } from '@nestjs/graphql';
import type { PartnerKind } from '@tracker/domain';
import { PartnerKindEnum } from '../../graphql/enums';
import { IdempotencyKey, Nested, OneOf, RecordId, ScalarText, Text, TextList } from '../../graphql/input-validation';
import { CalendarDateScalar } from '../../graphql/scalars/calendar-date.scalar';

@InputType()
export class PartnerInput {
  @Field({ description: 'e.g. 长丰坊居委' }) @Text() name!: string;
  @Field(() => PartnerKindEnum) @OneOf(Object.values(PartnerKindEnum)) kind!: PartnerKind;
}

/** 党建翼联: a party branch signs with one or more community partners. */
@InputType()
export class SignCoBuildingAgreementInput {
  @Field(() => ID, { description: 'The signing party branch (or sub-bureau)' }) @RecordId() branchId!: string;
  @Field(() => [PartnerInput])
  @Nested(() => PartnerInput, { each: true })
  partners!: PartnerInput[];
  // Every field needs a class-validator decorator: the pipe's whitelist drops undecorated ones.
  @Field(() => CalendarDateScalar) @ScalarText() signedOn!: string;
  @Field(() => CalendarDateScalar, { nullable: true, description: 'Leave out for an open-ended agreement' }) @ScalarText({ optional: true }) validUntil?: string;
  @Field(() => [String], { description: '共建事项 commitments' }) @TextList() commitments!: string[];
  @Field({ nullable: true }) @IdempotencyKey() idempotencyKey?: string;
}
