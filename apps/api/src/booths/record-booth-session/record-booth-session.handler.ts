import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { boothDecider, streamIdFor, type RecordBoothSession } from '@tracker/domain';
import { CommandRunner } from '../../command-handling/command-runner';
import { commandContext, newRecordId } from '../../command-handling/request-identity';
import { OrgChartReader } from '../../org-units/org-chart.reader';
import { assertMayActForBooth } from '../booth-access';
import { BoothPayload } from '../booth.model';
import { RecordBoothSessionCommand } from './record-booth-session.command';

/** One staffed day at a booth, appended to the booth's stream; concurrent sessions each land once. */
@CommandHandler(RecordBoothSessionCommand)
export class RecordBoothSessionHandler implements ICommandHandler<RecordBoothSessionCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly orgChart: OrgChartReader,
  ) {}

  async execute({ input, caller }: RecordBoothSessionCommand): Promise<BoothPayload> {
    const { idempotencyKey, ...payload } = input;
    const chart = await this.orgChart.current();
    // Derived from the key (and the booth: session ids are unique across booths in the read
    // model, while the key check only sees this stream), so a retry finds its session.
    const sessionId = newRecordId(caller, idempotencyKey, `BoothSession in ${payload.boothId}`);

    const outcome = await this.runner.run({
      streamId: streamIdFor('booth', payload.boothId),
      decider: boothDecider,
      context: commandContext(caller, idempotencyKey, payload),
      command: (state): RecordBoothSession => {
        assertMayActForBooth(caller.principal, chart, state);
        return { type: 'RecordBoothSession', data: { ...payload, sessionId } };
      },
    });
    return BoothPayload.of(outcome.position, outcome.state, sessionId);
  }
}
