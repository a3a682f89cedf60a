// 考务哨兵 exam sentinels: volunteers supporting exam sites for the district education bureau.
// Totals are exams 场 (distinct name + date), sites 考点 and supports 次.
import type { CalendarDate } from '../shared/calendar-date';
import type { Event } from '../shared/message';

export type ExamSentinelShiftFacts = {
  readonly organizerId: string;
  readonly organizerPath: readonly string[];
  readonly examName: string;
  readonly examDate: CalendarDate;
  readonly site: string;
  /** Supports 次: volunteers on duty for this exam at this site. */
  readonly supporters: number;
};

export type ExamSentinelShiftRecorded = Event<'ExamSentinelShiftRecorded', { readonly shiftId: string } & ExamSentinelShiftFacts>;

export type ExamSentinelShiftChangeSet = Partial<Pick<ExamSentinelShiftFacts, 'examName' | 'examDate' | 'site' | 'supporters'>>;

export type ExamSentinelShiftCorrected = Event<'ExamSentinelShiftCorrected', { readonly shiftId: string; readonly changes: ExamSentinelShiftChangeSet; readonly reason: string }>;

export type ExamSentinelShiftVoided = Event<'ExamSentinelShiftVoided', { readonly shiftId: string; readonly reason: string }>;

export type ExamSentinelShiftEvent = ExamSentinelShiftRecorded | ExamSentinelShiftCorrected | ExamSentinelShiftVoided;

export const EXAM_SENTINEL_SHIFT_EVENT_TYPES = [
  'ExamSentinelShiftRecorded',
  'ExamSentinelShiftCorrected',
  'ExamSentinelShiftVoided',
] as const satisfies readonly ExamSentinelShiftEvent['type'][];
