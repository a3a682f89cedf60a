import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('EventStoreInfo')
export class EventStoreInfo {
  @Field({ description: 'Global position of the newest event readers can see, as a decimal string ("0" for an empty log).' })
  headPosition!: string;
}
