import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { type Caller, CurrentCaller } from '../../auth/current-principal.decorator';
import { ReliefGrantPayload } from '../relief-grant.model';
import { GrantReliefCommand } from './grant-relief.command';
import { GrantReliefInput } from './grant-relief.input';

@Resolver()
export class GrantReliefResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => ReliefGrantPayload, { description: 'TREASURER: record 帮困 hardship relief paid by a union in your scope (no recipient names)' })
  grantRelief(@Args('input') input: GrantReliefInput, @CurrentCaller() caller: Caller): Promise<ReliefGrantPayload> {
    return this.commands.execute(new GrantReliefCommand(input, caller));
  }
}
