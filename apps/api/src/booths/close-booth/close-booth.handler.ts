import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CloseBooth } from '@tracker/domain';
import { RecordCommands } from '../../command-handling/record-commands';
import { BOOTHS } from '../booth.record-kind';
import { BoothPayload } from '../booth.model';
import { CloseBoothCommand } from './close-booth.command';

/** Closing ends the open period: later-dated sessions are refused, earlier ones may still be entered. */
@CommandHandler(CloseBoothCommand)
export class CloseBoothHandler implements ICommandHandler<CloseBoothCommand> {
  constructor(private readonly commands: RecordCommands) {}

  async execute({ input, caller }: CloseBoothCommand): Promise<BoothPayload> {
    const outcome = await this.commands.run(caller, BOOTHS, {
      id: input.id,
      payload: input,
      command: (): CloseBooth => ({ type: 'CloseBooth', data: { boothId: input.id, closedOn: input.closedOn } }),
    });
    return BoothPayload.of(outcome.position, outcome.state, outcome.rows);
  }
}
