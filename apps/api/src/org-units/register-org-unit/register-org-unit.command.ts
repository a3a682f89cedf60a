import { Command } from '@nestjs/cqrs';
import type { Caller } from '../../auth/current-principal.decorator';
import type { OrgUnitPayload } from '../org-unit.model';
import type { RegisterOrgUnitInput } from './register-org-unit.input';

export class RegisterOrgUnitCommand extends Command<OrgUnitPayload> {
  constructor(
    readonly input: RegisterOrgUnitInput,
    readonly caller: Caller,
  ) {
    super();
  }
}
