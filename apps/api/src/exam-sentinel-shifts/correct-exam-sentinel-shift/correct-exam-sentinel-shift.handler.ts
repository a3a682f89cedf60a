import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CorrectExamSentinelShift } from '@tracker/domain';
import { providedFields } from '../../command-handling/provided-fields';
import { RecordCommands } from '../../command-handling/record-commands';
import { Ledgers } from '../../ledgers/ledgers';
import { rowOf } from '../../shared/recorded.model';
import { EXAM_SENTINEL_SHIFTS } from '../exam-sentinel-shift.record-kind';
import { ExamSentinelShiftPayload } from '../exam-sentinel-shift.model';
import { CorrectExamSentinelShiftCommand } from './correct-exam-sentinel-shift.command';

/** A correction is a new event on the shift's stream; the caller must cover its organizer. */
@CommandHandler(CorrectExamSentinelShiftCommand)
export class CorrectExamSentinelShiftHandler implements ICommandHandler<CorrectExamSentinelShiftCommand> {
  constructor(
    private readonly commands: RecordCommands,
    private readonly ledgers: Ledgers,
  ) {}

  async execute({ input, caller }: CorrectExamSentinelShiftCommand): Promise<ExamSentinelShiftPayload> {
    const { id, reason, ...fields } = input;
    const outcome = await this.commands.run(caller, EXAM_SENTINEL_SHIFTS, {
      id: id,
      payload: input,
      command: (): CorrectExamSentinelShift => ({ type: 'CorrectExamSentinelShift', data: { shiftId: id, reason, changes: providedFields(fields) } }),
    });
    const lookAlikes = this.ledgers.lookAlikesOf({ kind: 'examShifts', row: rowOf(outcome.rows.examShifts, id) });
    return ExamSentinelShiftPayload.of(outcome.position, outcome.state, outcome.rows, lookAlikes);
  }
}
