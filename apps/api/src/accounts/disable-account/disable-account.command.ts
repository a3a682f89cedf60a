import { Command } from '@nestjs/cqrs';
import type { Caller } from '../../auth/current-principal.decorator';
import type { AccountPayload } from '../account.model';
import type { DisableAccountInput } from './disable-account.input';

export class DisableAccountCommand extends Command<AccountPayload> {
  constructor(
    readonly input: DisableAccountInput,
    readonly caller: Caller,
  ) {
    super();
  }
}
