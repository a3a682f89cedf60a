// 考务哨兵 exam sentinel shift commands.
import type { OrgUnitSnapshot } from '../shared/org-unit-ref';
import type { Command } from '../shared/message';

export type RecordExamSentinelShift = Command<'RecordExamSentinelShift', {
  readonly shiftId: string;
  readonly organizerId: string;
  /** Resolved by the app from the OrgChart. */
  readonly organizer?: OrgUnitSnapshot | null;
  readonly examName: string;
  readonly examDate: string;
  readonly site: string;
  readonly supporters: number;
}>;

export type ExamSentinelShiftChanges = {
  readonly examName?: string | null;
  readonly examDate?: string | null;
  readonly site?: string | null;
  readonly supporters?: number | null;
};

export type CorrectExamSentinelShift = Command<'CorrectExamSentinelShift', { readonly shiftId: string; readonly reason: string; readonly changes: ExamSentinelShiftChanges }>;

export type VoidExamSentinelShift = Command<'VoidExamSentinelShift', { readonly shiftId: string; readonly reason: string }>;

export type ExamSentinelShiftCommand = RecordExamSentinelShift | CorrectExamSentinelShift | VoidExamSentinelShift;
