import { Field, ID, InputType } from '@nestjs/graphql';
import { BOOTH_LIMITS as L, type BoothKind } from '@tracker/domain';
import { IsIn, IsString } from 'class-validator';
import { BoothKindEnum } from '../../graphql/enums';
import { IdempotencyKey, RecordId, RequiredText } from '../../graphql/input-validation';
import { CalendarDateScalar } from '../../graphql/scalars/calendar-date.scalar';

@InputType()
export class OpenBoothInput {
  @Field({ description: 'e.g. 枫林Hello老友亭' }) @RequiredText('name (名称)', L.nameMax) name!: string;
  @Field(() => BoothKindEnum) @IsIn(Object.values(BoothKindEnum)) kind!: BoothKind;
  @Field(() => ID, { description: 'The org unit that staffs the booth' }) @RecordId('hostId') hostId!: string;
  @Field({ description: '街道, e.g. 枫林街道' }) @RequiredText('subdistrict (街道)', L.subdistrictMax) subdistrict!: string;
  @Field({ description: 'Where it stands, e.g. 肿瘤医院对面' }) @RequiredText('location (位置)', L.locationMax) location!: string;
  // Every field needs a class-validator decorator: the pipe's whitelist drops undecorated ones.
  @Field(() => CalendarDateScalar) @IsString() openedOn!: string;
  @Field({ nullable: true }) @IdempotencyKey() idempotencyKey?: string;
}
