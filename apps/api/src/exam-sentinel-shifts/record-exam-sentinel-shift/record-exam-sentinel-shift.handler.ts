import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { examSentinelShiftDecider, orgUnitSnapshot, streamIdFor, type RecordExamSentinelShift } from '@tracker/domain';
import { assertMayActFor } from '../../auth/access-policy';
import { CommandRunner } from '../../command-handling/command-runner';
import { commandContext, newRecordId } from '../../command-handling/request-identity';
import { OrgChartReader } from '../../org-units/org-chart.reader';
import { ExamSentinelShiftPayload } from '../exam-sentinel-shift.model';
import { RecordExamSentinelShiftCommand } from './record-exam-sentinel-shift.command';

/** 考务哨兵: check scope, snapshot the organizer, decide, append. */
@CommandHandler(RecordExamSentinelShiftCommand)
export class RecordExamSentinelShiftHandler implements ICommandHandler<RecordExamSentinelShiftCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly orgChart: OrgChartReader,
  ) {}

  async execute({ input, caller }: RecordExamSentinelShiftCommand): Promise<ExamSentinelShiftPayload> {
    const { idempotencyKey, ...payload } = input;
    const chart = await this.orgChart.current();
    const organizer = orgUnitSnapshot(chart, payload.organizerId) ?? null;
    // An unknown organizer is the decider's NOT_FOUND; a known one must be in the caller's scope.
    if (organizer) assertMayActFor(caller.principal, 'RECORDER', chart, organizer.id);
    const shiftId = newRecordId(caller, idempotencyKey, 'ExamSentinelShift');

    const outcome = await this.runner.run({
      streamId: streamIdFor('examsentinelshift', shiftId),
      freshStream: true,
      decider: examSentinelShiftDecider,
      context: commandContext(caller, idempotencyKey, payload),
      command: (): RecordExamSentinelShift => ({ type: 'RecordExamSentinelShift', data: { ...payload, shiftId, organizer } }),
    });
    return ExamSentinelShiftPayload.of(outcome.position, outcome.state);
  }
}
