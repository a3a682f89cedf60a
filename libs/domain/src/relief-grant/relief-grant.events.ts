// 帮困 hardship relief paid by the 工会 union to employees and their families, counted in 人次
// person-times and 元 yuan. No recipient identity is stored, ever: the report needs only totals,
// and an immutable log could never forget a name once written.
import type { CalendarDate } from '../shared/calendar-date';
import type { Event } from '../shared/message';

export const RELIEF_CATEGORIES = ['SERIOUS_ILLNESS', 'LIVING_HARDSHIP', 'DISASTER', 'OTHER'] as const;
export type ReliefCategory = (typeof RELIEF_CATEGORIES)[number];

export type ReliefGrantFacts = {
  readonly unionId: string;
  readonly unionPath: readonly string[];
  readonly grantedOn: CalendarDate;
  readonly amountFen: number;
  readonly personTimes: number;
  readonly category: ReliefCategory;
};

export type ReliefGranted = Event<'ReliefGranted', { readonly grantId: string } & ReliefGrantFacts>;

export type ReliefGrantChangeSet = Partial<Pick<ReliefGrantFacts, 'grantedOn' | 'amountFen' | 'personTimes' | 'category'>>;

export type ReliefGrantCorrected = Event<'ReliefGrantCorrected', { readonly grantId: string; readonly changes: ReliefGrantChangeSet; readonly reason: string }>;

export type ReliefGrantVoided = Event<'ReliefGrantVoided', { readonly grantId: string; readonly reason: string }>;

export type ReliefGrantEvent = ReliefGranted | ReliefGrantCorrected | ReliefGrantVoided;

export const RELIEF_GRANT_EVENT_TYPES = ['ReliefGranted', 'ReliefGrantCorrected', 'ReliefGrantVoided'] as const satisfies readonly ReliefGrantEvent['type'][];
