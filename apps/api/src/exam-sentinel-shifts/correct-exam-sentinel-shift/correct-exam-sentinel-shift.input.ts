import { Field, ID, InputType, OmitType, PartialType } from '@nestjs/graphql';
import { RecordId, Text } from '../../graphql/input-validation';
import { RecordExamSentinelShiftInput } from '../record-exam-sentinel-shift/record-exam-sentinel-shift.input';

/** Names the shift and the reason, plus only the fields to change. The organizer cannot change: void and record again. */
@InputType()
export class CorrectExamSentinelShiftInput extends PartialType(OmitType(RecordExamSentinelShiftInput, ['organizerId', 'idempotencyKey'] as const)) {
  @Field(() => ID) @RecordId() id!: string;
  @Field({ description: 'Why the record is corrected; kept in its history' }) @Text() reason!: string;
}
