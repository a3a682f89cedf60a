import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { type Caller, CurrentCaller } from '../../auth/current-principal.decorator';
import { OrgUnitPayload } from '../org-unit.model';
import { RenameOrgUnitCommand } from './rename-org-unit.command';
import { RenameOrgUnitInput } from './rename-org-unit.input';

@Resolver()
export class RenameOrgUnitResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => OrgUnitPayload, { description: 'ADMIN: rename an org unit (组织); records keep the names they were made under' })
  renameOrgUnit(@Args('input') input: RenameOrgUnitInput, @CurrentCaller() caller: Caller): Promise<OrgUnitPayload> {
    return this.commands.execute(new RenameOrgUnitCommand(input, caller));
  }
}
