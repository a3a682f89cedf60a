import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { type Caller, CurrentCaller } from '../../auth/current-principal.decorator';
import { OrgUnitPayload } from '../org-unit.model';
import { RetireOrgUnitCommand } from './retire-org-unit.command';
import { RetireOrgUnitInput } from './retire-org-unit.input';

@Resolver()
export class RetireOrgUnitResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => OrgUnitPayload, {
    description: 'ADMIN: retire an org unit (组织) with no live units under it, as of today; it stays in the chart and its records keep counting',
  })
  retireOrgUnit(@Args('input') input: RetireOrgUnitInput, @CurrentCaller() caller: Caller): Promise<OrgUnitPayload> {
    return this.commands.execute(new RetireOrgUnitCommand(input, caller));
  }
}
