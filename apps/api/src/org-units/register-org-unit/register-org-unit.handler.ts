import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { orgUnitsOf, type RegisterOrgUnit } from '@tracker/domain';
import { RecordCommands } from '../../command-handling/record-commands';
import { ORG_CHART } from '../org-unit.record-kind';
import { newRecordId } from '../../command-handling/request-identity';
import { OrgUnitModel, OrgUnitPayload } from '../org-unit.model';
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
    const chart = outcome.state;
    // A repeated request returns the unit it registered the first time.
    const registered = orgUnitsOf(chart).find((unit) => unit.id === orgUnitId);
    if (!registered) throw new Error(`org unit ${orgUnitId} missing from the org chart after registering it`);
    return Object.assign(new OrgUnitPayload(), { position: outcome.position.toString(), orgUnit: OrgUnitModel.from(chart, registered) });
  }
}
