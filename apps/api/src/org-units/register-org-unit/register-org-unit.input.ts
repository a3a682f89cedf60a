import { Field, ID, InputType } from '@nestjs/graphql';
import type { OrgUnitKind } from '@tracker/domain';
import { OrgUnitKindEnum } from '../../graphql/enums';
import { IdempotencyKey, OneOf, RecordId, Text } from '../../graphql/input-validation';

@InputType()
export class RegisterOrgUnitInput {
  @Field() @Text() name!: string;
  @Field(() => OrgUnitKindEnum) @OneOf(Object.values(OrgUnitKindEnum)) kind!: OrgUnitKind;
  @Field(() => ID, { nullable: true, description: 'The parent unit; leave out only for a BUREAU at the top' })
  @RecordId({ optional: true })
  parentId?: string;
  @Field({ nullable: true }) @IdempotencyKey() idempotencyKey?: string;
}
