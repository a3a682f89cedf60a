import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RenameOrgUnit } from '@tracker/domain';
import { RecordCommands } from '../../command-handling/record-commands';
import { orgUnitPayload } from '../org-unit-answer';
import type { OrgUnitPayload } from '../org-unit.model';
import { ORG_CHART } from '../org-unit.record-kind';
import { RenameOrgUnitCommand } from './rename-org-unit.command';

/** Renames a unit. Records keep the names they were made under; paths and the totals' labels follow the new one. */
@CommandHandler(RenameOrgUnitCommand)
export class RenameOrgUnitHandler implements ICommandHandler<RenameOrgUnitCommand> {
  constructor(private readonly commands: RecordCommands) {}

  async execute({ input, caller }: RenameOrgUnitCommand): Promise<OrgUnitPayload> {
    const outcome = await this.commands.run(caller, ORG_CHART, {
      id: input.id,
      payload: input,
      command: (): RenameOrgUnit => ({ type: 'RenameOrgUnit', data: { orgUnitId: input.id, name: input.name } }),
    });
    return orgUnitPayload(outcome.position, outcome.state, input.id);
  }
}
