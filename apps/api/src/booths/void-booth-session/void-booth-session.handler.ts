import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { VoidBoothSession } from '@tracker/domain';
import { RecordCommands } from '../../command-handling/record-commands';
import { BOOTHS } from '../booth.record-kind';
import { BoothPayload } from '../booth.model';
import { VoidBoothSessionCommand } from './void-booth-session.command';

/** Voiding keeps the session and its history; it only takes the session out of every total. */
@CommandHandler(VoidBoothSessionCommand)
export class VoidBoothSessionHandler implements ICommandHandler<VoidBoothSessionCommand> {
  constructor(private readonly commands: RecordCommands) {}

  async execute({ input, caller }: VoidBoothSessionCommand): Promise<BoothPayload> {
    const { boothId, sessionId, reason } = input;
    const outcome = await this.commands.run(caller, BOOTHS, {
      id: boothId,
      payload: input,
      command: (): VoidBoothSession => ({ type: 'VoidBoothSession', data: { boothId, sessionId, reason } }),
    });
    return BoothPayload.of(outcome.position, outcome.state, outcome.rows, { sessionId });
  }
}
