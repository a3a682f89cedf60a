import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { examSentinelShiftDecider, streamIdFor, type VoidExamSentinelShift } from '@tracker/domain';
import { assertMayActFor } from '../../auth/access-policy';
import { CommandRunner } from '../../command-handling/command-runner';
import { commandContext } from '../../command-handling/request-identity';
import { OrgChartReader } from '../../org-units/org-chart.reader';
import { ExamSentinelShiftPayload } from '../exam-sentinel-shift.model';
import { VoidExamSentinelShiftCommand } from './void-exam-sentinel-shift.command';

/** Voiding keeps the shift and its history; it only takes it out of every total. */
@CommandHandler(VoidExamSentinelShiftCommand)
export class VoidExamSentinelShiftHandler implements ICommandHandler<VoidExamSentinelShiftCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly orgChart: OrgChartReader,
  ) {}

  async execute({ input, caller }: VoidExamSentinelShiftCommand): Promise<ExamSentinelShiftPayload> {
    const chart = await this.orgChart.current();
    const outcome = await this.runner.run({
      streamId: streamIdFor('examsentinelshift', input.id),
      decider: examSentinelShiftDecider,
      context: commandContext(caller, undefined, input),
      command: (state): VoidExamSentinelShift => {
        if (state.status !== 'none') assertMayActFor(caller.principal, 'RECORDER', chart, state.facts.organizerId);
        return { type: 'VoidExamSentinelShift', data: { shiftId: input.id, reason: input.reason } };
      },
    });
    return ExamSentinelShiftPayload.of(outcome.position, outcome.state);
  }
}
