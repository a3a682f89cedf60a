import { Command } from '@nestjs/cqrs';
import type { Caller } from '../../auth/current-principal.decorator';
import type { AccountPayload } from '../account.model';
import type { UpdateAccountInput } from './update-account.input';

export class UpdateAccountCommand extends Command<AccountPayload> {
  constructor(
    readonly input: UpdateAccountInput,
    readonly caller: Caller,
  ) {
    super();
  }
}
