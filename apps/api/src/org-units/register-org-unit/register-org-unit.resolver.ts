import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { type Caller, CurrentCaller } from '../../auth/current-principal.decorator';
import { OrgUnitPayload } from '../org-unit.model';
import { RegisterOrgUnitCommand } from './register-org-unit.command';
import { RegisterOrgUnitInput } from './register-org-unit.input';

@Resolver()
export class RegisterOrgUnitResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => OrgUnitPayload, { description: 'ADMIN: register an org unit (组织) under its parent' })
  registerOrgUnit(@Args('input') input: RegisterOrgUnitInput, @CurrentCaller() caller: Caller): Promise<OrgUnitPayload> {
    return this.commands.execute(new RegisterOrgUnitCommand(input, caller));
  }
}
