import { Field, ID, InputType } from '@nestjs/graphql';
import { CO_BUILDING_LIMITS as L, type PartnerKind } from '@tracker/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, ValidateNested } from 'class-validator';
import { PartnerKindEnum } from '../../graphql/enums';
import { IdempotencyKey, RecordId, RequiredText, TextList } from '../../graphql/input-validation';
import { CalendarDateScalar } from '../../graphql/scalars/calendar-date.scalar';

@InputType()
export class PartnerInput {
  @Field({ description: 'e.g. 长丰坊居委' }) @RequiredText('partners.name (共建单位名称)', L.partnerNameMax) name!: string;
  @Field(() => PartnerKindEnum) @IsIn(Object.values(PartnerKindEnum), { message: 'partners.kind must be one of the partner kinds' }) kind!: PartnerKind;
}

/** 党建翼联: a party branch signs with one or more community partners. */
@InputType()
export class SignCoBuildingAgreementInput {
  @Field(() => ID, { description: 'The signing party branch (or sub-bureau)' }) @RecordId('branchId') branchId!: string;
  @Field(() => [PartnerInput])
  @IsArray({ message: 'partners (共建单位) must be a list' })
  @ArrayMaxSize(L.partnersMax, { message: `partners (共建单位) may list at most ${L.partnersMax} entries` })
  @ValidateNested({ each: true })
  @Type(() => PartnerInput)
  partners!: PartnerInput[];
  // Every field needs a class-validator decorator: the pipe's whitelist drops undecorated ones.
  @Field(() => CalendarDateScalar) @IsString() signedOn!: string;
  @Field(() => CalendarDateScalar, { nullable: true, description: 'Leave out for an open-ended agreement' }) @IsOptional() @IsString() validUntil?: string;
  @Field(() => [String], { description: '共建事项 commitments' }) @TextList('commitments (共建事项)', L.commitmentsMax, L.commitmentMax) commitments!: string[];
  @Field({ nullable: true }) @IdempotencyKey() idempotencyKey?: string;
}
