import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { boothDecider, streamIdFor, type CloseBooth } from '@tracker/domain';
import { CommandRunner } from '../../command-handling/command-runner';
import { commandContext } from '../../command-handling/request-identity';
import { OrgChartReader } from '../../org-units/org-chart.reader';
import { assertMayActForBooth } from '../booth-access';
import { BoothPayload } from '../booth.model';
import { CloseBoothCommand } from './close-booth.command';

/** Closing ends the open period: later-dated sessions are refused, earlier ones may still be entered. */
@CommandHandler(CloseBoothCommand)
export class CloseBoothHandler implements ICommandHandler<CloseBoothCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly orgChart: OrgChartReader,
  ) {}

  async execute({ input, caller }: CloseBoothCommand): Promise<BoothPayload> {
    const chart = await this.orgChart.current();
    const outcome = await this.runner.run({
      streamId: streamIdFor('booth', input.id),
      decider: boothDecider,
      context: commandContext(caller, undefined, input),
      command: (state): CloseBooth => {
        assertMayActForBooth(caller.principal, chart, state);
        return { type: 'CloseBooth', data: { boothId: input.id, closedOn: input.closedOn } };
      },
    });
    return BoothPayload.of(outcome.position, outcome.state);
  }
}
