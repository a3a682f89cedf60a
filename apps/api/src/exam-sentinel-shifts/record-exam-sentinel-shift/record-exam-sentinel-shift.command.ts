import { Command } from '@nestjs/cqrs';
import type { Caller } from '../../auth/current-principal.decorator';
import type { ExamSentinelShiftPayload } from '../exam-sentinel-shift.model';
import type { RecordExamSentinelShiftInput } from './record-exam-sentinel-shift.input';

export class RecordExamSentinelShiftCommand extends Command<ExamSentinelShiftPayload> {
  constructor(
    readonly input: RecordExamSentinelShiftInput,
    readonly caller: Caller,
  ) {
    super();
  }
}
