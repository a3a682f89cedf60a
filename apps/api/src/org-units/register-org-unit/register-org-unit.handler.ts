import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RegisterOrgUnit } from '@tracker/domain';
import { RecordCommands } from '../../command-handling/record-commands';
import { ORG_CHART } from '../org-unit.record-kind';
import { newRecordId } from '../../command-handling/request-identity';
import { orgUnitPayload } from '../org-unit-answer';
import type { OrgUnitPayload } from '../org-unit.model';
import { RegisterOrgUnitCommand } from './register-org-unit.command';

/** Registers an org unit in the single org-chart stream, where parent, cycle and sibling-name rules hold. */
@CommandHandler(RegisterOrgUnitCommand)
export class RegisterOrgUnitHandler implements ICommandHandler<RegisterOrgUnitCommand> {
  constructor(private readonly commands: RecordCommands) {}

  async execute({ input, caller }: RegisterOrgUnitCommand): Promise<OrgUnitPayload> {
    const { idempotencyKey, ...payload } = input;
    const orgUnitId = newRecordId(caller, idempotencyKey, 'OrgUnit');
    const outcome = await this.commands.run(caller, ORG_CHART, {
      id: orgUnitId,
      payload,
      idempotencyKey,
      command: (): RegisterOrgUnit => ({ type: 'RegisterOrgUnit', data: { orgUnitId, name: payload.name, kind: payload.kind, parentId: payload.parentId ?? null } }),
    });
    // A repeated request returns the unit it registered the first time.
    return orgUnitPayload(outcome.position, outcome.state, orgUnitId);
  }
}
