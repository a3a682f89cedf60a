import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { reliefGrantDecider, streamIdFor, type VoidReliefGrant } from '@tracker/domain';
import { RecordCommands } from '../../command-handling/record-commands';
import { assertMayActOnGrant } from '../relief-grant-access';
import { ReliefGrantPayload } from '../relief-grant.model';
import { VoidReliefGrantCommand } from './void-relief-grant.command';

/** Voiding keeps the grant and its history; it only takes it out of every total. */
@CommandHandler(VoidReliefGrantCommand)
export class VoidReliefGrantHandler implements ICommandHandler<VoidReliefGrantCommand> {
  constructor(private readonly commands: RecordCommands) {}

  async execute({ input, caller }: VoidReliefGrantCommand): Promise<ReliefGrantPayload> {
    const outcome = await this.commands.run(caller, {
      streamId: streamIdFor('reliefgrant', input.id),
      decider: reliefGrantDecider,
      authorize: assertMayActOnGrant,
      payload: input,
      command: (): VoidReliefGrant => ({ type: 'VoidReliefGrant', data: { grantId: input.id, reason: input.reason } }),
    });
    return ReliefGrantPayload.of(outcome.position, outcome.state);
  }
}
