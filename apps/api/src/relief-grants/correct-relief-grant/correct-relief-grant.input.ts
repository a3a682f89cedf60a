import { Field, ID, InputType, OmitType, PartialType } from '@nestjs/graphql';
import { RecordId, Text } from '../../graphql/input-validation';
import { GrantReliefInput } from '../grant-relief/grant-relief.input';

/** Names the grant and the reason, plus only the fields to change. The paying union cannot change: void and grant again. */
@InputType()
export class CorrectReliefGrantInput extends PartialType(OmitType(GrantReliefInput, ['unionId', 'idempotencyKey'] as const)) {
  @Field(() => ID) @RecordId() id!: string;
  @Field({ description: 'Why the record is corrected; kept in its history' }) @Text() reason!: string;
}
