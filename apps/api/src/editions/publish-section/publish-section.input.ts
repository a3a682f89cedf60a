import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IdempotencyKey, RecordId, Text, WholeNumber } from '../../graphql/input-validation';

/** 发布 publish the section of a year as it stands now, for an org unit (and its descendants) or the whole company. */
@InputType()
export class PublishSectionInput {
  @Field(() => Int) @WholeNumber() year!: number;
  @Field(() => ID, { nullable: true, description: 'Default: the whole company for an ADMIN, your one unit for a COMPILER' })
  @RecordId({ optional: true })
  orgUnitId?: string;
  @Field({ nullable: true, description: '发布说明, e.g. “随2023年度社会责任报告发布”' }) @Text({ optional: true }) note?: string;
  @Field({ nullable: true }) @IdempotencyKey() idempotencyKey?: string;
}
