import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { boothDecider, streamIdFor, type VoidBoothSession } from '@tracker/domain';
import { CommandRunner } from '../../command-handling/command-runner';
import { commandContext } from '../../command-handling/request-identity';
import { OrgChartReader } from '../../org-units/org-chart.reader';
import { assertMayActForBooth } from '../booth-access';
import { BoothPayload } from '../booth.model';
import { VoidBoothSessionCommand } from './void-booth-session.command';

/** Voiding keeps the session and its history; it only takes the session out of every total. */
@CommandHandler(VoidBoothSessionCommand)
export class VoidBoothSessionHandler implements ICommandHandler<VoidBoothSessionCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly orgChart: OrgChartReader,
  ) {}

  async execute({ input, caller }: VoidBoothSessionCommand): Promise<BoothPayload> {
    const { boothId, sessionId, reason } = input;
    const chart = await this.orgChart.current();
    const outcome = await this.runner.run({
      streamId: streamIdFor('booth', boothId),
      decider: boothDecider,
      context: commandContext(caller, undefined, input),
      command: (state): VoidBoothSession => {
        assertMayActForBooth(caller.principal, chart, state);
        return { type: 'VoidBoothSession', data: { boothId, sessionId, reason } };
      },
    });
    return BoothPayload.of(outcome.position, outcome.state, sessionId);
  }
}
