import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { examSentinelShiftDecider, streamIdFor, type CorrectExamSentinelShift, type ExamSentinelShiftChanges } from '@tracker/domain';
import { assertMayActFor } from '../../auth/access-policy';
import { CommandRunner } from '../../command-handling/command-runner';
import { commandContext } from '../../command-handling/request-identity';
import { OrgChartReader } from '../../org-units/org-chart.reader';
import { ExamSentinelShiftPayload } from '../exam-sentinel-shift.model';
import { CorrectExamSentinelShiftCommand } from './correct-exam-sentinel-shift.command';

/** A correction is a new event on the shift's stream; the caller must cover its organizer. */
@CommandHandler(CorrectExamSentinelShiftCommand)
export class CorrectExamSentinelShiftHandler implements ICommandHandler<CorrectExamSentinelShiftCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly orgChart: OrgChartReader,
  ) {}

  async execute({ input, caller }: CorrectExamSentinelShiftCommand): Promise<ExamSentinelShiftPayload> {
    const { id, reason, ...fields } = input;
    const changes = providedFields(fields);
    const chart = await this.orgChart.current();
    const outcome = await this.runner.run({
      streamId: streamIdFor('examsentinelshift', id),
      decider: examSentinelShiftDecider,
      context: commandContext(caller, undefined, input),
      command: (state): CorrectExamSentinelShift => {
        if (state.status !== 'none') assertMayActFor(caller.principal, 'RECORDER', chart, state.facts.organizerId);
        return { type: 'CorrectExamSentinelShift', data: { shiftId: id, reason, changes } };
      },
    });
    return ExamSentinelShiftPayload.of(outcome.position, outcome.state);
  }
}

/** Keeps the fields the caller sent; absent fields go. */
function providedFields(fields: Record<string, unknown>): ExamSentinelShiftChanges {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as ExamSentinelShiftChanges;
}
