import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ProjectionStatus', { description: 'How far a projection has come, and whether it is healthy' })
export class ProjectionStatusModel {
  @Field() name!: string;
  @Field({ description: 'The last event applied, as "transactionId:globalPosition"' }) checkpoint!: string;
  @Field() headPosition!: string;
  @Field(() => Int, { description: 'Events (positions) between the checkpoint and the head; 0 means caught up' }) lag!: number;
  @Field({ description: 'RUNNING, REBUILDING, STOPPED, or FAILED (stopped at a poison event: see lastError)' }) state!: string;
  @Field(() => String, { nullable: true }) lastError!: string | null;
}

@ObjectType('RebuildReport')
export class RebuildReportModel {
  @Field(() => Int) generation!: number;
  @Field(() => Int) events!: number;
  @Field() checkpoint!: string;
  @Field(() => Int) durationMs!: number;
}
