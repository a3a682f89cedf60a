import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { type Caller, CurrentCaller } from '../../auth/current-principal.decorator';
import { CoBuildingAgreementPayload } from '../co-building-agreement.model';
import { TerminateCoBuildingAgreementCommand } from './terminate-co-building-agreement.command';
import { TerminateCoBuildingAgreementInput } from './terminate-co-building-agreement.input';

@Resolver()
export class TerminateCoBuildingAgreementResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => CoBuildingAgreementPayload, { description: 'RECORDER: end a 党建翼联 agreement; it stays in the history and in the years it was active' })
  terminateCoBuildingAgreement(@Args('input') input: TerminateCoBuildingAgreementInput, @CurrentCaller() caller: Caller): Promise<CoBuildingAgreementPayload> {
    return this.commands.execute(new TerminateCoBuildingAgreementCommand(input, caller));
  }
}
