import { Command } from '@nestjs/cqrs';
import type { Caller } from '../../auth/current-principal.decorator';
import type { ChangePasswordInput } from './change-password.input';

export class ChangePasswordCommand extends Command<boolean> {
  constructor(
    readonly input: ChangePasswordInput,
    readonly caller: Caller,
    /** Where the request came from, for the failed-attempt limits. */
    readonly address: string,
  ) {
    super();
  }
}
