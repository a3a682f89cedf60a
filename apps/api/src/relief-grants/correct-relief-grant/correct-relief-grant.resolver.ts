import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { type Caller, CurrentCaller } from '../../auth/current-principal.decorator';
import { ReliefGrantPayload } from '../relief-grant.model';
import { CorrectReliefGrantCommand } from './correct-relief-grant.command';
import { CorrectReliefGrantInput } from './correct-relief-grant.input';

@Resolver()
export class CorrectReliefGrantResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => ReliefGrantPayload, { description: 'TREASURER: correct a 帮困 relief grant; send only the fields that change' })
  correctReliefGrant(@Args('input') input: CorrectReliefGrantInput, @CurrentCaller() caller: Caller): Promise<ReliefGrantPayload> {
    return this.commands.execute(new CorrectReliefGrantCommand(input, caller));
  }
}
