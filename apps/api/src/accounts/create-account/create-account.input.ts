import { Field, ID, InputType } from '@nestjs/graphql';
import type { Role } from '@tracker/domain';
import { IsString } from 'class-validator';
import { RoleEnum } from '../../graphql/enums';
import { Roles } from '../roles.validation';
import { IdempotencyKey, Text, TextList } from '../../graphql/input-validation';

@InputType()
export class CreateAccountInput {
  @Field({ description: 'The login: letters, digits, . _ -; unique without regard to case' }) @Text() username!: string;
  @Field({ description: 'The person’s name, e.g. 李四' }) @Text() displayName!: string;
  @Field(() => [RoleEnum]) @Roles() roles!: Role[];
  @Field(() => [ID], { description: 'The org units the account acts for (every role but ADMIN needs one)' }) @TextList() orgUnitIds!: string[];
  @Field({ description: 'A one-time password for the person, who must replace it at the first sign-in' })
  @IsString({ message: '应为文字' })
  password!: string;
  @Field({ nullable: true }) @IdempotencyKey() idempotencyKey?: string;
}
