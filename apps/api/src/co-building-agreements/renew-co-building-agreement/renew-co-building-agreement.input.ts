import { Field, ID, InputType } from '@nestjs/graphql';
import { RecordId, ScalarText } from '../../graphql/input-validation';
import { CalendarDateScalar } from '../../graphql/scalars/calendar-date.scalar';

/** A renewal moves the valid-until date later; ending an agreement early is a termination. */
@InputType()
export class RenewCoBuildingAgreementInput {
  @Field(() => ID) @RecordId() id!: string;
  @Field(() => CalendarDateScalar, { description: 'The new 有效期至 valid-until date' }) @ScalarText() validUntil!: string;
}
