import { Command } from '@nestjs/cqrs';
import type { Caller } from '../../auth/current-principal.decorator';
import type { VoidRecordInput } from '../../shared/void-record.input';
import type { ExamSentinelShiftPayload } from '../exam-sentinel-shift.model';

export class VoidExamSentinelShiftCommand extends Command<ExamSentinelShiftPayload> {
  constructor(
    readonly input: VoidRecordInput,
    readonly caller: Caller,
  ) {
    super();
  }
}
