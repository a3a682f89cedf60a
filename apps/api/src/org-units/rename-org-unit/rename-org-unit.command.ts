import { Command } from '@nestjs/cqrs';
import type { Caller } from '../../auth/current-principal.decorator';
import type { OrgUnitPayload } from '../org-unit.model';
import type { RenameOrgUnitInput } from './rename-org-unit.input';

export class RenameOrgUnitCommand extends Command<OrgUnitPayload> {
  constructor(
    readonly input: RenameOrgUnitInput,
    readonly caller: Caller,
  ) {
    super();
  }
}
