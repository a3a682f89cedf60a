import { Command } from '@nestjs/cqrs';
import type { Caller } from '../../auth/current-principal.decorator';
import type { OrgUnitPayload } from '../org-unit.model';
import type { RetireOrgUnitInput } from './retire-org-unit.input';

export class RetireOrgUnitCommand extends Command<OrgUnitPayload> {
  constructor(
    readonly input: RetireOrgUnitInput,
    readonly caller: Caller,
  ) {
    super();
  }
}
