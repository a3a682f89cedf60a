import { Field, InputType } from '@nestjs/graphql';
import { IsString } from 'class-validator';

@InputType()
export class ChangePasswordInput {
  @Field() @IsString({ message: '应为文字' }) currentPassword!: string;
  @Field() @IsString({ message: '应为文字' }) newPassword!: string;
}
