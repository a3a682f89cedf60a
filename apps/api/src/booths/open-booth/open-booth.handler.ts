import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { orgUnitSnapshot, type OpenBooth } from '@tracker/domain';
import { RecordCommands } from '../../command-handling/record-commands';
import { BOOTHS } from '../booth.record-kind';
import { newRecordId } from '../../command-handling/request-identity';
import { BoothPayload } from '../booth.model';
import { OpenBoothCommand } from './open-booth.command';

/** Hello老友亭 and kiosks: snapshot the host, check scope, decide, append. */
@CommandHandler(OpenBoothCommand)
export class OpenBoothHandler implements ICommandHandler<OpenBoothCommand> {
  constructor(private readonly commands: RecordCommands) {}

  async execute({ input, caller }: OpenBoothCommand): Promise<BoothPayload> {
    const { idempotencyKey, ...payload } = input;
    const boothId = newRecordId(caller, idempotencyKey, 'Booth');
    const outcome = await this.commands.run(caller, BOOTHS, {
      id: boothId,
      freshStream: true,
      payload,
      idempotencyKey,
      command: (_state, chart): OpenBooth => ({ type: 'OpenBooth', data: { ...payload, boothId, host: orgUnitSnapshot(chart, payload.hostId) ?? null } }),
    });
    return BoothPayload.of(outcome.position, outcome.state);
  }
}
