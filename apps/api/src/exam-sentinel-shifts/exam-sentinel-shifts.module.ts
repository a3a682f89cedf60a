import { Module } from '@nestjs/common';
import { CorrectExamSentinelShiftHandler } from './correct-exam-sentinel-shift/correct-exam-sentinel-shift.handler';
import { CorrectExamSentinelShiftResolver } from './correct-exam-sentinel-shift/correct-exam-sentinel-shift.resolver';
import { RecordExamSentinelShiftHandler } from './record-exam-sentinel-shift/record-exam-sentinel-shift.handler';
import { RecordExamSentinelShiftResolver } from './record-exam-sentinel-shift/record-exam-sentinel-shift.resolver';
import { VoidExamSentinelShiftResolver } from './void-exam-sentinel-shift/void-exam-sentinel-shift.resolver';

/** 考务哨兵 exam sentinel shifts: record, correct, void. */
@Module({
  providers: [
    RecordExamSentinelShiftHandler,
    RecordExamSentinelShiftResolver,
    CorrectExamSentinelShiftHandler,
    CorrectExamSentinelShiftResolver,
    VoidExamSentinelShiftResolver,
  ],
})
export class ExamSentinelShiftsModule {}
