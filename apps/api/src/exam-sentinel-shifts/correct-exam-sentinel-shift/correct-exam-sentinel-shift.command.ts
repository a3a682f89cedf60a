import { Command } from '@nestjs/cqrs';
import type { Caller } from '../../auth/current-principal.decorator';
import type { ExamSentinelShiftPayload } from '../exam-sentinel-shift.model';
import type { CorrectExamSentinelShiftInput } from './correct-exam-sentinel-shift.input';

export class CorrectExamSentinelShiftCommand extends Command<ExamSentinelShiftPayload> {
  constructor(
    readonly input: CorrectExamSentinelShiftInput,
    readonly caller: Caller,
  ) {
    super();
  }
}
