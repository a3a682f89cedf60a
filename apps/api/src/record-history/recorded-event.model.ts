import { Field, ID, ObjectType } from '@nestjs/graphql';
import { parseStreamId } from '@tracker/domain';
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
  @Field(() => ID, { nullable: true, description: 'The record the event is about: a donation, a booth session or an org unit by its own id, any other by its stream' })
  recordId!: string | null;

  static from(event: RecordedEvent): RecordedEventModel {
    return Object.assign(new RecordedEventModel(), {
      position: event.position.globalPosition.toString(),
      type: event.type,
      recordedAt: new Date(event.metadata.recordedAt),
      recordedBy: event.metadata.recordedBy,
      data: event.data,
      recordId: recordIdOf(event),
    });
  }
}

/** A donation, a booth session and an org unit are records inside another's stream; every other record is its stream. */
function recordIdOf(event: RecordedEvent): string | null {
  for (const field of ['donationId', 'sessionId', 'orgUnitId']) {
    const id = event.data[field];
    if (typeof id === 'string') return id;
  }
  return parseStreamId(event.streamId)?.id ?? null;
}
