import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { type Caller, CurrentCaller } from '../../auth/current-principal.decorator';
import { CoBuildingAgreementPayload } from '../co-building-agreement.model';
import { SignCoBuildingAgreementCommand } from './sign-co-building-agreement.command';
import { SignCoBuildingAgreementInput } from './sign-co-building-agreement.input';

@Resolver()
export class SignCoBuildingAgreementResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => CoBuildingAgreementPayload, { description: 'RECORDER: record a 党建翼联 co-building agreement signed by a branch in your scope' })
  signCoBuildingAgreement(@Args('input') input: SignCoBuildingAgreementInput, @CurrentCaller() caller: Caller): Promise<CoBuildingAgreementPayload> {
    return this.commands.execute(new SignCoBuildingAgreementCommand(input, caller));
  }
}
