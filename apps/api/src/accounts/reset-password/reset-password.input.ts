import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString } from 'class-validator';
import { RecordId } from '../../graphql/input-validation';

@InputType()
export class ResetPasswordInput {
  @Field(() => ID) @RecordId() id!: string;
  @Field({ description: 'A one-time password: the holder must replace it at the next sign-in' }) @IsString({ message: '应为文字' }) newPassword!: string;
}
