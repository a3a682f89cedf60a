// 志愿服务 volunteer activities (学雷锋 "learn from Lei Feng" days are program LEI_FENG).
import type { CalendarDate } from '../shared/calendar-date';
import type { Event } from '../shared/message';

export const VOLUNTEER_PROGRAMS = [
  'LEI_FENG',
  'COMMUNITY_SERVICE',
  'ELDERLY_CARE',
  'DIGITAL_INCLUSION',
  'ANTI_FRAUD',
  'PUBLIC_WELFARE',
  'OTHER',
] as const;
export type VolunteerProgram = (typeof VOLUNTEER_PROGRAMS)[number];

/** The B4SI split: volunteering in paid working hours counts as a company contribution, own time does not. */
export const TIME_BASES = ['WORKING_HOURS', 'OWN_TIME'] as const;
export type TimeBasis = (typeof TIME_BASES)[number];

/** 义卖 charity sale held during the activity (e.g. the 3月3日 book sale: 28 笔 transactions). */
export type CharitySales = {
  readonly transactions: number;
  readonly amountFen: number;
  readonly recipient: string;
};

/** Everything recorded about an activity, as stored. Optional fields are absent when not given. */
export type VolunteerActivityFacts = {
  readonly organizerId: string;
  /** Org names from the root down *as they were that day*, e.g. ['南区局', '康健支局']. */
  readonly organizerPath: readonly string[];
  readonly program: VolunteerProgram;
  readonly title: string;
  readonly startDate: CalendarDate;
  readonly endDate: CalendarDate;
  /** 街道 subdistrict. */
  readonly subdistrict?: string;
  readonly site: string;
  readonly serviceItems: readonly string[];
  /** 人次 person-times: one person twice counts 2. */
  readonly personTimes: number;
  /** Volunteer hours in exact hundredths of an hour (1.5 h → 150), so sums never drift. */
  readonly volunteerHoursHundredths?: number;
  readonly timeBasis: TimeBasis;
  /** People served. */
  readonly beneficiaries?: number;
  readonly agreementId?: string;
  readonly charitySales?: CharitySales;
};

export type VolunteerActivityRecorded = Event<'VolunteerActivityRecorded', { readonly activityId: string } & VolunteerActivityFacts>;

/**
 * Only the fields that changed, in stored form. `null` means an optional field was cleared.
 * `organizerPath` is present exactly when `organizerId` changed.
 */
export type VolunteerActivityChangeSet = {
  readonly [K in keyof VolunteerActivityFacts]?: undefined extends VolunteerActivityFacts[K]
    ? Exclude<VolunteerActivityFacts[K], undefined> | null
    : VolunteerActivityFacts[K];
};

export type VolunteerActivityCorrected = Event<'VolunteerActivityCorrected', { readonly activityId: string; readonly changes: VolunteerActivityChangeSet; readonly reason: string }>;

export type VolunteerActivityVoided = Event<'VolunteerActivityVoided', { readonly activityId: string; readonly reason: string }>;

export type VolunteerActivityEvent = VolunteerActivityRecorded | VolunteerActivityCorrected | VolunteerActivityVoided;

export const VOLUNTEER_ACTIVITY_EVENT_TYPES = [
  'VolunteerActivityRecorded',
  'VolunteerActivityCorrected',
  'VolunteerActivityVoided',
] as const satisfies readonly VolunteerActivityEvent['type'][];
