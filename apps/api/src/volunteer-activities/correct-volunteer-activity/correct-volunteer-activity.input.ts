import { Field, ID, InputType, OmitType, PartialType } from '@nestjs/graphql';
import { RecordId, Text } from '../../graphql/input-validation';
import { RecordVolunteerActivityInput } from '../record-volunteer-activity/record-volunteer-activity.input';

/**
 * Names the activity and the reason, plus only the fields to change. Sending `null` for an
 * optional field (subdistrict, endDate, volunteerHours, …) clears it.
 */
@InputType()
export class CorrectVolunteerActivityInput extends PartialType(OmitType(RecordVolunteerActivityInput, ['idempotencyKey'] as const)) {
  @Field(() => ID) @RecordId() id!: string;
  @Field({ description: 'Why the record is corrected; kept in its history' }) @Text() reason!: string;
}
