import { Field, ID, InputType } from '@nestjs/graphql';
import type { Role } from '@tracker/domain';
import { RoleEnum } from '../../graphql/enums';
import { Roles } from '../roles.validation';
import { RecordId, Text, TextList } from '../../graphql/input-validation';

/** Only what is given changes; roles and org units are replaced as a whole. */
@InputType()
export class UpdateAccountInput {
  @Field(() => ID) @RecordId() id!: string;
  @Field({ nullable: true }) @Text({ optional: true }) displayName?: string;
  @Field(() => [RoleEnum], { nullable: true }) @Roles({ optional: true }) roles?: Role[];
  @Field(() => [ID], { nullable: true }) @TextList({ optional: true }) orgUnitIds?: string[];
}
