import { Field, ObjectType } from '@nestjs/graphql';
import type { RecordStamp, VoidFacts } from '@tracker/projections';
import { DateTimeScalar } from '../graphql/scalars/date-time.scalar';

/**
 * What every record shows beside its facts, so that a person recognises it in a ledger: who
 * recorded it and when, and its last correction. A mutation's answer and a ledger's node carry
 * the same, from the projector's row of the record.
 */
@ObjectType({ isAbstract: true })
export abstract class RecordedModel {
  @Field(() => DateTimeScalar, { description: 'When it was recorded (the server clock)' }) recordedAt!: string;
  @Field({ description: "Who recorded it: the subject of the recorder's token or account" }) recordedBy!: string;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was last corrected; null if never' }) correctedAt?: string;
}

/** A record that can be voided: voided records stay readable, with the reason and the time. */
@ObjectType({ isAbstract: true })
export abstract class VoidableRecordModel extends RecordedModel {
  @Field({ description: 'True once the record was voided; a voided record counts in no total' }) voided!: boolean;
  @Field({ nullable: true }) voidReason?: string;
  @Field(() => DateTimeScalar, { nullable: true }) voidedAt?: string;
}

export const recordedFields = (row: RecordStamp): Pick<RecordedModel, 'recordedAt' | 'recordedBy' | 'correctedAt'> => ({
  recordedAt: row.recordedAt,
  recordedBy: row.recordedBy,
  correctedAt: row.correctedAt ?? undefined,
});

export const voidableFields = (row: RecordStamp & VoidFacts): Pick<VoidableRecordModel, 'recordedAt' | 'recordedBy' | 'correctedAt' | 'voided' | 'voidReason' | 'voidedAt'> => ({
  ...recordedFields(row),
  voided: row.voided,
  voidReason: row.voidReason ?? undefined,
  voidedAt: row.voidedAt ?? undefined,
});

/** The row of the record a command answers about: the command just wrote its stream, so the row is there. */
export function rowOf<Row>(rows: ReadonlyMap<string, Row>, id: string): Row {
  const row = rows.get(id);
  if (row === undefined) throw new Error(`the record ${id} has no row in its own stream's fold`);
  return row;
}
