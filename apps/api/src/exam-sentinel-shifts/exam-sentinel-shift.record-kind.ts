import {
  examSentinelShiftDecider,
  streamIdFor,
  type ExamSentinelShiftCommand,
  type ExamSentinelShiftEvent,
  type ExamSentinelShiftState,
  type VoidExamSentinelShift,
} from '@tracker/domain';
import type { RecordKind } from '../command-handling/record-commands';
import { voidable } from '../shared/void-record/voidable';
import { assertMayActOnShift } from './exam-sentinel-shift-access';
import { ExamSentinelShiftPayload } from './exam-sentinel-shift.model';

/** Where a record of this kind lives, what decides for it and who may act on it (see RecordKind). */
export const EXAM_SENTINEL_SHIFTS: RecordKind<ExamSentinelShiftCommand, ExamSentinelShiftEvent, ExamSentinelShiftState> = {
  streamOf: (id) => streamIdFor('examsentinelshift', id),
  decider: examSentinelShiftDecider,
  authorize: assertMayActOnShift,
};

/** Voided by its id and a reason alone (see Voidable). */
export const VOIDABLE_SHIFT = voidable(
  EXAM_SENTINEL_SHIFTS,
  ({ id, reason }): VoidExamSentinelShift => ({ type: 'VoidExamSentinelShift', data: { shiftId: id, reason } }),
  ({ position, state, rows }) => ExamSentinelShiftPayload.of(position, state, rows),
);
