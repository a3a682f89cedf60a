// Hello老友亭 booths: public phone booths turned into help points for the elderly. 雷锋亭 Lei Feng
// kiosks and 志愿服务亭 volunteer kiosks work the same way. Each staffed day is a session.
import type { CalendarDate } from '../shared/calendar-date';
import type { Event } from '../shared/message';

export const BOOTH_KINDS = ['HELLO_LAOYOU', 'LEI_FENG_KIOSK', 'VOLUNTEER_KIOSK'] as const;
export type BoothKind = (typeof BOOTH_KINDS)[number];

export type BoothOpened = Event<'BoothOpened', {
  readonly boothId: string;
  readonly name: string;
  readonly kind: BoothKind;
  readonly hostId: string;
  readonly hostPath: readonly string[];
  /** 街道 subdistrict. */
  readonly subdistrict: string;
  readonly location: string;
  readonly openedOn: CalendarDate;
}>;

export type BoothSessionRecorded = Event<'BoothSessionRecorded', {
  readonly boothId: string;
  readonly sessionId: string;
  readonly date: CalendarDate;
  /** Volunteers on duty: they add up to volunteer person-times 人次. */
  readonly volunteers: number;
  readonly peopleServed: number;
  readonly services: readonly string[];
}>;

export type BoothSessionVoided = Event<'BoothSessionVoided', { readonly boothId: string; readonly sessionId: string; readonly reason: string }>;

export type BoothClosed = Event<'BoothClosed', { readonly boothId: string; readonly closedOn: CalendarDate }>;

export type BoothEvent = BoothOpened | BoothSessionRecorded | BoothSessionVoided | BoothClosed;

export const BOOTH_EVENT_TYPES = ['BoothOpened', 'BoothSessionRecorded', 'BoothSessionVoided', 'BoothClosed'] as const satisfies readonly BoothEvent['type'][];
