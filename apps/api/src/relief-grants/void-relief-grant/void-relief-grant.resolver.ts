import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { type Caller, CurrentCaller } from '../../auth/current-principal.decorator';
import { VoidRecordInput } from '../../shared/void-record/void-record.input';
import { ReliefGrantPayload } from '../relief-grant.model';
import { VoidRecordCommand } from '../../shared/void-record/void-record.command';
import { VOIDABLE_RELIEF_GRANT } from '../relief-grant.record-kind';

@Resolver()
export class VoidReliefGrantResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => ReliefGrantPayload, { description: 'TREASURER: void a 帮困 relief grant entered by mistake; it stays in the history' })
  voidReliefGrant(@Args('input') input: VoidRecordInput, @CurrentCaller() caller: Caller): Promise<ReliefGrantPayload> {
    return this.commands.execute(new VoidRecordCommand(VOIDABLE_RELIEF_GRANT, input, caller));
  }
}
