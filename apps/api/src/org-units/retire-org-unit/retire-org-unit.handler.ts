import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RetireOrgUnit } from '@tracker/domain';
import { CLOCK, type Clock } from '../../accounts/clock';
import { RecordCommands } from '../../command-handling/record-commands';
import { shanghaiDateOf } from '../../shared/shanghai-date';
import { orgUnitPayload } from '../org-unit-answer';
import type { OrgUnitPayload } from '../org-unit.model';
import { ORG_CHART } from '../org-unit.record-kind';
import { RetireOrgUnitCommand } from './retire-org-unit.command';

/**
 * Retires a unit as of today (Asia/Shanghai). It stays in the chart, its records keep counting
 * towards its ancestors, and nothing new can be recorded for it or registered under it.
 */
@CommandHandler(RetireOrgUnitCommand)
export class RetireOrgUnitHandler implements ICommandHandler<RetireOrgUnitCommand> {
  constructor(
    private readonly commands: RecordCommands,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, caller }: RetireOrgUnitCommand): Promise<OrgUnitPayload> {
    const retiredOn = shanghaiDateOf(this.clock.now());
    const outcome = await this.commands.run(caller, ORG_CHART, {
      id: input.id,
      payload: input,
      command: (): RetireOrgUnit => ({ type: 'RetireOrgUnit', data: { orgUnitId: input.id, retiredOn, reason: input.reason ?? null } }),
    });
    return orgUnitPayload(outcome.position, outcome.state, input.id);
  }
}
