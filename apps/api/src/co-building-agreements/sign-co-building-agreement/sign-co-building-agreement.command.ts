import { Command } from '@nestjs/cqrs';
import type { Caller } from '../../auth/current-principal.decorator';
import type { CoBuildingAgreementPayload } from '../co-building-agreement.model';
import type { SignCoBuildingAgreementInput } from './sign-co-building-agreement.input';

export class SignCoBuildingAgreementCommand extends Command<CoBuildingAgreementPayload> {
  constructor(
    readonly input: SignCoBuildingAgreementInput,
    readonly caller: Caller,
  ) {
    super();
  }
}
