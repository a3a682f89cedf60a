import { Command } from '@nestjs/cqrs';
import type { Caller } from '../../auth/current-principal.decorator';
import type { BoothPayload } from '../booth.model';
import type { CloseBoothInput } from './close-booth.input';

export class CloseBoothCommand extends Command<BoothPayload> {
  constructor(
    readonly input: CloseBoothInput,
    readonly caller: Caller,
  ) {
    super();
  }
}
