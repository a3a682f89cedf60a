import { Command } from '@nestjs/cqrs';
import type { Caller } from '../../auth/current-principal.decorator';
import type { CoBuildingAgreementPayload } from '../co-building-agreement.model';
import type { TerminateCoBuildingAgreementInput } from './terminate-co-building-agreement.input';

export class TerminateCoBuildingAgreementCommand extends Command<CoBuildingAgreementPayload> {
  constructor(
    readonly input: TerminateCoBuildingAgreementInput,
    readonly caller: Caller,
  ) {
    super();
  }
}
