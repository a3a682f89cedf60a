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
  @Field({ description: 'Who recorded it: the login of the account, or the subject of the API client’s token' }) recordedBy!: string;
  @Field({ description: 'Their name as it was then, e.g. 李四 (the login, for events recorded before names were kept)' }) recordedByName!: string;
  @Field(() => JsonScalar) data!: unknown;
  @Field(() => ID, { nullable: true, description: 'The record the event is about: a donation, a booth session or an org unit by its own id, any other by its stream' })
  recordId!: string | null;

  static from(event: RecordedEvent): RecordedEventModel {
    return Object.assign(new RecordedEventModel(), {
      position: event.position.globalPosition.toString(),
      type: event.type,
      recordedAt: new Date(event.metadata.recordedAt),
      recordedBy: event.metadata.recordedBy,
      recordedByName: typeof event.metadata['recordedByName'] === 'string' ? event.metadata['recordedByName'] : event.metadata.recordedBy,
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
