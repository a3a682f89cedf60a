import { Field, ID, InputType } from '@nestjs/graphql';
import { ORG_UNIT_NAME_MAX, type OrgUnitKind } from '@tracker/domain';
import { IsIn } from 'class-validator';
import { OrgUnitKindEnum } from '../../graphql/enums';
import { IdempotencyKey, RecordId, RequiredText } from '../../graphql/input-validation';

@InputType()
export class RegisterOrgUnitInput {
  @Field() @RequiredText('name (组织名称)', ORG_UNIT_NAME_MAX) name!: string;
  @Field(() => OrgUnitKindEnum) @IsIn(Object.values(OrgUnitKindEnum), { message: 'kind must be one of the org unit kinds' }) kind!: OrgUnitKind;
  @Field(() => ID, { nullable: true, description: 'The parent unit; leave out only for a BUREAU at the top' })
  @RecordId('parentId', true)
  parentId?: string;
  @Field({ nullable: true }) @IdempotencyKey() idempotencyKey?: string;
}
