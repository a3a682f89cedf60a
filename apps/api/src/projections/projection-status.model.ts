import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('RebuildProgress', { description: 'A rebuild under way: the new generation filling up, before it replaces the one queries read' })
export class RebuildProgressModel {
  @Field(() => Int) generation!: number;
  @Field({ description: 'The last event the new generation applied, as "transactionId:globalPosition"' }) checkpoint!: string;
  @Field(() => Int, { description: 'Events (positions) the new generation is still behind the head; it falls to 0, then the switch comes' }) lag!: number;
  @Field({ description: 'REBUILDING, or FAILED (see the projection’s lastError)' }) state!: string;
}

@ObjectType('ProjectionStatus', { description: 'How far a projection has come, and whether it is healthy' })
export class ProjectionStatusModel {
  @Field() name!: string;
  @Field({ description: 'The last event applied, as "transactionId:globalPosition"' }) checkpoint!: string;
  @Field() headPosition!: string;
  @Field(() => Int, { description: 'Events (positions) between the checkpoint and the head; 0 means caught up' }) lag!: number;
  @Field({ description: 'RUNNING, REBUILDING, STOPPED, or FAILED (stopped at a poison event: see lastError)' }) state!: string;
  @Field(() => String, { nullable: true }) lastError!: string | null;
  @Field(() => RebuildProgressModel, { nullable: true, description: 'Present while a rebuild fills a new generation' }) rebuilding?: RebuildProgressModel;
}

@ObjectType('RebuildReport')
export class RebuildReportModel {
  @Field(() => Int) generation!: number;
  @Field(() => Int) events!: number;
  @Field() checkpoint!: string;
  @Field(() => Int) durationMs!: number;
}
