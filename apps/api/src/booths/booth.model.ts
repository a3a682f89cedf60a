import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { BoothKind, BoothSession, BoothState } from '@tracker/domain';
import { BoothKindEnum } from '../graphql/enums';
import { CalendarDateScalar } from '../graphql/scalars/calendar-date.scalar';

@ObjectType('BoothSession', { description: 'One staffed day at a booth' })
export class BoothSessionModel {
  @Field(() => ID) id!: string;
  @Field(() => CalendarDateScalar) date!: string;
  @Field(() => Int, { description: 'Volunteers on duty; they add up to volunteer 人次' }) volunteers!: number;
  @Field(() => Int, { description: '服务人数 people served' }) peopleServed!: number;
  @Field(() => [String], { description: '服务内容 services offered' }) services!: readonly string[];
  @Field({ description: 'True once voided; a voided session counts in no total' }) voided!: boolean;

  static from(session: BoothSession): BoothSessionModel {
    const s = session.recorded;
    return Object.assign(new BoothSessionModel(), {
      id: s.sessionId,
      date: s.date,
      volunteers: s.volunteers,
      peopleServed: s.peopleServed,
      services: s.services,
      voided: session.voided,
    });
  }
}

@ObjectType('Booth', { description: 'Hello老友亭 help point for the elderly, 雷锋亭 or 志愿服务亭 kiosk, with its sessions' })
export class BoothModel {
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
  @Field(() => [BoothSessionModel], { description: 'In the order they were recorded, voided ones included' }) sessions!: BoothSessionModel[];

  static from(state: BoothState): BoothModel {
    if (state.status === 'none') throw new Error('no booth in this state');
    return Object.assign(new BoothModel(), {
      ...state.booth,
      id: state.booth.boothId,
      closed: state.status === 'closed',
      closedOn: state.status === 'closed' ? state.closedOn : undefined,
      sessions: [...state.sessions.values()].map((session) => BoothSessionModel.from(session)),
    });
  }
}

@ObjectType('BoothPayload')
export class BoothPayload {
  @Field({ description: 'Global position of the last event written' }) position!: string;
  @Field(() => BoothModel) booth!: BoothModel;
  @Field(() => ID, { nullable: true, description: 'The session recorded or voided; null for open and close' }) sessionId?: string;

  static of(position: bigint, state: BoothState, sessionId?: string): BoothPayload {
    return Object.assign(new BoothPayload(), { position: position.toString(), booth: BoothModel.from(state), sessionId });
  }
}
