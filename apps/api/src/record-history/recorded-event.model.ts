import { Field, ObjectType } from '@nestjs/graphql';
import type { RecordedEvent } from '@tracker/event-store';
import { DateTimeScalar } from '../graphql/scalars/date-time.scalar';
import { JsonScalar } from '../graphql/scalars/json.scalar';

@ObjectType('RecordedEvent', { description: 'One fact in a record’s history: who recorded what, and when' })
export class RecordedEventModel {
  @Field({ description: 'Global position in the event log' }) position!: string;
  @Field() type!: string;
  @Field(() => DateTimeScalar) recordedAt!: Date;
  @Field({ description: 'Subject of the token that recorded it' }) recordedBy!: string;
  @Field(() => JsonScalar) data!: unknown;

  static from(event: RecordedEvent): RecordedEventModel {
    return Object.assign(new RecordedEventModel(), {
      position: event.position.globalPosition.toString(),
      type: event.type,
      recordedAt: new Date(event.metadata.recordedAt),
      recordedBy: event.metadata.recordedBy,
      data: event.data,
    });
  }
}
