import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { type Caller, CurrentCaller } from '../../auth/current-principal.decorator';
import { CoBuildingAgreementPayload } from '../co-building-agreement.model';
import { RenewCoBuildingAgreementCommand } from './renew-co-building-agreement.command';
import { RenewCoBuildingAgreementInput } from './renew-co-building-agreement.input';

@Resolver()
export class RenewCoBuildingAgreementResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => CoBuildingAgreementPayload, { description: 'RECORDER: extend a 党建翼联 agreement to a later valid-until date' })
  renewCoBuildingAgreement(@Args('input') input: RenewCoBuildingAgreementInput, @CurrentCaller() caller: Caller): Promise<CoBuildingAgreementPayload> {
    return this.commands.execute(new RenewCoBuildingAgreementCommand(input, caller));
  }
}
