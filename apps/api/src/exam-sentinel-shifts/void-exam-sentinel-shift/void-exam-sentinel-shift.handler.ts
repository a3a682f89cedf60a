import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { examSentinelShiftDecider, streamIdFor, type VoidExamSentinelShift } from '@tracker/domain';
import { RecordCommands } from '../../command-handling/record-commands';
import { assertMayActOnShift } from '../exam-sentinel-shift-access';
import { ExamSentinelShiftPayload } from '../exam-sentinel-shift.model';
import { VoidExamSentinelShiftCommand } from './void-exam-sentinel-shift.command';

/** Voiding keeps the shift and its history; it only takes it out of every total. */
@CommandHandler(VoidExamSentinelShiftCommand)
export class VoidExamSentinelShiftHandler implements ICommandHandler<VoidExamSentinelShiftCommand> {
  constructor(private readonly commands: RecordCommands) {}

  async execute({ input, caller }: VoidExamSentinelShiftCommand): Promise<ExamSentinelShiftPayload> {
    const outcome = await this.commands.run(caller, {
      streamId: streamIdFor('examsentinelshift', input.id),
      decider: examSentinelShiftDecider,
      authorize: assertMayActOnShift,
      payload: input,
      command: (): VoidExamSentinelShift => ({ type: 'VoidExamSentinelShift', data: { shiftId: input.id, reason: input.reason } }),
    });
    return ExamSentinelShiftPayload.of(outcome.position, outcome.state);
  }
}
