import { Command } from '@nestjs/cqrs';
import type { Caller } from '../../auth/current-principal.decorator';
import type { CoBuildingAgreementPayload } from '../co-building-agreement.model';
import type { RenewCoBuildingAgreementInput } from './renew-co-building-agreement.input';

export class RenewCoBuildingAgreementCommand extends Command<CoBuildingAgreementPayload> {
  constructor(
    readonly input: RenewCoBuildingAgreementInput,
    readonly caller: Caller,
  ) {
    super();
  }
}
