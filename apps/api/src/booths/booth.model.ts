import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { BoothKind, BoothSession, BoothState } from '@tracker/domain';
import type { BoothRow, BoothSessionRow, ReadModelRows } from '@tracker/projections';
import { BoothKindEnum } from '../graphql/enums';
import { CalendarDateScalar } from '../graphql/scalars/calendar-date.scalar';
import { RecordedModel, recordedFields, rowOf, VoidableRecordModel, voidableFields } from '../shared/recorded.model';
import { type LazyLookAlikes, LOOK_ALIKES_FIELD, LookAlikeModel, NO_LOOK_ALIKES, WARNINGS_FIELD } from '../shared/look-alikes';

@ObjectType('BoothSession', { description: 'One staffed day at a booth' })
export class BoothSessionModel extends VoidableRecordModel {
  @Field(() => ID) id!: string;
  @Field(() => CalendarDateScalar) date!: string;
  @Field(() => Int, { description: 'Volunteers on duty; they add up to volunteer 人次' }) volunteers!: number;
  @Field(() => Int, { description: '服务人数 people served' }) peopleServed!: number;
  @Field(() => [String], { description: '服务内容 services offered' }) services!: readonly string[];

  static from(session: BoothSession, rows: ReadModelRows): BoothSessionModel {
    const s = session.recorded;
    return Object.assign(new BoothSessionModel(), {
      id: s.sessionId,
      date: s.date,
      volunteers: s.volunteers,
      peopleServed: s.peopleServed,
      services: s.services,
      ...voidableFields(rowOf(rows.boothSessions, s.sessionId)),
    });
  }

  static fromRow(row: BoothSessionRow): BoothSessionModel {
    const { id, date, volunteers, peopleServed, services } = row;
    return Object.assign(new BoothSessionModel(), { id, date, volunteers, peopleServed, services, ...voidableFields(row) });
  }
}

@ObjectType('Booth', { description: 'Hello老友亭 help point for the elderly, 雷锋亭 or 志愿服务亭 kiosk, with its sessions' })
export class BoothModel extends RecordedModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => BoothKindEnum) kind!: BoothKind;
  @Field(() => ID, { description: 'The org unit that staffs the booth' }) hostId!: string;
  @Field(() => [String], { description: "The host's names as they were when the booth opened" }) hostPath!: readonly string[];
  @Field({ description: '街道' }) subdistrict!: string;
  @Field() location!: string;
  @Field(() => CalendarDateScalar) openedOn!: string;
  @Field() closed!: boolean;
  @Field(() => CalendarDateScalar, { nullable: true }) closedOn?: string;
  @Field(() => [BoothSessionModel], { description: 'In the order they were recorded (in a ledger: those of the year, by date), voided ones included' }) sessions!: BoothSessionModel[];

  /** A command's answer: the facts as the decider holds them, the ledger fields from the records' rows. */
  static from(state: BoothState, rows: ReadModelRows): BoothModel {
    if (state.status === 'none') throw new Error('no booth in this state');
    return Object.assign(new BoothModel(), {
      ...state.booth,
      id: state.booth.boothId,
      closed: state.status === 'closed',
      closedOn: state.status === 'closed' ? state.closedOn : undefined,
      sessions: [...state.sessions.values()].map((session) => BoothSessionModel.from(session, rows)),
      ...recordedFields(rowOf(rows.booths, state.booth.boothId)),
    });
  }

  /** A ledger's entry: the booth with the year's sessions. */
  static fromRows(row: BoothRow, sessions: readonly BoothSessionRow[]): BoothModel {
    const { id, name, kind, hostId, hostPath, subdistrict, location, openedOn } = row;
    return Object.assign(new BoothModel(), {
      id,
      name,
      kind,
      hostId,
      hostPath,
      subdistrict,
      location,
      openedOn,
      closed: row.closedOn !== null,
      closedOn: row.closedOn ?? undefined,
      sessions: sessions.map((s) => BoothSessionModel.fromRow(s)),
      ...recordedFields(row),
    });
  }
}

@ObjectType('BoothPayload')
export class BoothPayload {
  @Field({ description: 'Global position of the last event written' }) position!: string;
  @Field(() => BoothModel) booth!: BoothModel;
  @Field(() => ID, { nullable: true, description: 'The session recorded or voided; null for open and close' }) sessionId?: string;
  @Field(() => [LookAlikeModel], LOOK_ALIKES_FIELD) lookAlikes!: LazyLookAlikes;
  /** The same look-alikes, said as sentences. */
  @Field(() => [String], WARNINGS_FIELD) get warnings(): LazyLookAlikes {
    return this.lookAlikes;
  }

  static of(position: bigint, state: BoothState, rows: ReadModelRows, options: { readonly sessionId?: string; readonly lookAlikes?: LazyLookAlikes } = {}): BoothPayload {
    return Object.assign(new BoothPayload(), { position: position.toString(), booth: BoothModel.from(state, rows), sessionId: options.sessionId, lookAlikes: options.lookAlikes ?? NO_LOOK_ALIKES });
  }
}
