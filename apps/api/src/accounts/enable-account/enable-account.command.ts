import { Command } from '@nestjs/cqrs';
import type { Caller } from '../../auth/current-principal.decorator';
import type { AccountPayload } from '../account.model';
import type { EnableAccountInput } from './enable-account.input';

export class EnableAccountCommand extends Command<AccountPayload> {
  constructor(
    readonly input: EnableAccountInput,
    readonly caller: Caller,
  ) {
    super();
  }
}
