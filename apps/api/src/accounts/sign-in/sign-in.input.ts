import { Field, InputType } from '@nestjs/graphql';
import { IsString } from 'class-validator';
import { Text } from '../../graphql/input-validation';

@InputType()
export class SignInInput {
  @Field() @Text() username!: string;
  // Never trimmed: every character of a password counts.
  @Field() @IsString({ message: '应为文字' }) password!: string;
}
