import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { orgUnitSnapshot, type ExamSentinelShiftState, type RecordExamSentinelShift } from '@tracker/domain';
import type { Caller } from '../../auth/current-principal.decorator';
import { RecordCommands, type RecordCommandOptions } from '../../command-handling/record-commands';
import { Ledgers } from '../../ledgers/ledgers';
import { rowOf } from '../../shared/recorded.model';
import { EXAM_SENTINEL_SHIFTS } from '../exam-sentinel-shift.record-kind';
import { newRecordId } from '../../command-handling/request-identity';
import { ExamSentinelShiftPayload } from '../exam-sentinel-shift.model';
import { RecordExamSentinelShiftCommand } from './record-exam-sentinel-shift.command';
import type { RecordExamSentinelShiftInput } from './record-exam-sentinel-shift.input';

/** 考务哨兵: snapshot the organizer, check scope, decide, append. */
@CommandHandler(RecordExamSentinelShiftCommand)
export class RecordExamSentinelShiftHandler implements ICommandHandler<RecordExamSentinelShiftCommand> {
  constructor(
    private readonly commands: RecordCommands,
    private readonly ledgers: Ledgers,
  ) {}

  async execute({ input, caller }: RecordExamSentinelShiftCommand): Promise<ExamSentinelShiftPayload> {
    const command = recordExamSentinelShift(input, caller);
    const outcome = await this.commands.run(caller, EXAM_SENTINEL_SHIFTS, command);
    const lookAlikes = this.ledgers.lookAlikesOf({ kind: 'examShifts', row: rowOf(outcome.rows.examShifts, command.id) });
    return ExamSentinelShiftPayload.of(outcome.position, outcome.state, outcome.rows, lookAlikes);
  }
}

/** The command a recordExamSentinelShift request runs; a spreadsheet import runs the very same, row by row. */
export function recordExamSentinelShift(input: RecordExamSentinelShiftInput, caller: Caller): RecordCommandOptions<RecordExamSentinelShift, ExamSentinelShiftState> {
  const { idempotencyKey, ...payload } = input;
  const shiftId = newRecordId(caller, idempotencyKey, 'ExamSentinelShift');
  return {
    id: shiftId,
    freshStream: true,
    payload,
    idempotencyKey,
    command: (_state, chart): RecordExamSentinelShift => ({
      type: 'RecordExamSentinelShift',
      data: { ...payload, shiftId, organizer: orgUnitSnapshot(chart, payload.organizerId) ?? null },
    }),
  };
}
