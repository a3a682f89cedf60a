import { Field, ID, InputType } from '@nestjs/graphql';
import type { BoothKind } from '@tracker/domain';
import { BoothKindEnum } from '../../graphql/enums';
import { IdempotencyKey, OneOf, RecordId, ScalarText, Text } from '../../graphql/input-validation';
import { CalendarDateScalar } from '../../graphql/scalars/calendar-date.scalar';

@InputType()
export class OpenBoothInput {
  @Field({ description: 'e.g. 枫林Hello老友亭' }) @Text() name!: string;
  @Field(() => BoothKindEnum) @OneOf(Object.values(BoothKindEnum)) kind!: BoothKind;
  @Field(() => ID, { description: 'The org unit that staffs the booth' }) @RecordId() hostId!: string;
  @Field({ description: '街道, e.g. 枫林街道' }) @Text() subdistrict!: string;
  @Field({ description: 'Where it stands, e.g. 肿瘤医院对面' }) @Text() location!: string;
  // Every field needs a class-validator decorator: the pipe's whitelist drops undecorated ones.
  @Field(() => CalendarDateScalar) @ScalarText() openedOn!: string;
  @Field({ nullable: true }) @IdempotencyKey() idempotencyKey?: string;
}
