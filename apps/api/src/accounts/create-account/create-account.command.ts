import { Command } from '@nestjs/cqrs';
import type { Caller } from '../../auth/current-principal.decorator';
import type { AccountPayload } from '../account.model';
import type { CreateAccountInput } from './create-account.input';

export class CreateAccountCommand extends Command<AccountPayload> {
  constructor(
    readonly input: CreateAccountInput,
    readonly caller: Caller,
  ) {
    super();
  }
}
