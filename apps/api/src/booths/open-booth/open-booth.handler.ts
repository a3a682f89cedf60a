import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { boothDecider, orgUnitSnapshot, streamIdFor, type OpenBooth } from '@tracker/domain';
import { assertMayActFor } from '../../auth/access-policy';
import { CommandRunner } from '../../command-handling/command-runner';
import { commandContext, newRecordId } from '../../command-handling/request-identity';
import { OrgChartReader } from '../../org-units/org-chart.reader';
import { BoothPayload } from '../booth.model';
import { OpenBoothCommand } from './open-booth.command';

/** Hello老友亭 and kiosks: snapshot the host, check scope, decide, append. */
@CommandHandler(OpenBoothCommand)
export class OpenBoothHandler implements ICommandHandler<OpenBoothCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly orgChart: OrgChartReader,
  ) {}

  async execute({ input, caller }: OpenBoothCommand): Promise<BoothPayload> {
    const { idempotencyKey, ...payload } = input;
    const chart = await this.orgChart.current();
    const host = orgUnitSnapshot(chart, payload.hostId) ?? null;
    // An unknown host is the decider's NOT_FOUND; a known one must be in the caller's scope.
    if (host) assertMayActFor(caller.principal, 'RECORDER', chart, host.id);
    const boothId = newRecordId(caller, idempotencyKey, 'Booth');

    const outcome = await this.runner.run({
      streamId: streamIdFor('booth', boothId),
      freshStream: true,
      decider: boothDecider,
      context: commandContext(caller, idempotencyKey, payload),
      command: (): OpenBooth => ({ type: 'OpenBooth', data: { ...payload, boothId, host } }),
    });
    return BoothPayload.of(outcome.position, outcome.state);
  }
}
