import { Command } from '@nestjs/cqrs';
import type { Caller } from '../../auth/current-principal.decorator';
import type { AccountPayload } from '../account.model';
import type { ResetPasswordInput } from './reset-password.input';

export class ResetPasswordCommand extends Command<AccountPayload> {
  constructor(
    readonly input: ResetPasswordInput,
    readonly caller: Caller,
  ) {
    super();
  }
}
