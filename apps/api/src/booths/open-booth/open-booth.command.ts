import { Command } from '@nestjs/cqrs';
import type { Caller } from '../../auth/current-principal.decorator';
import type { BoothPayload } from '../booth.model';
import type { OpenBoothInput } from './open-booth.input';

export class OpenBoothCommand extends Command<BoothPayload> {
  constructor(
    readonly input: OpenBoothInput,
    readonly caller: Caller,
  ) {
    super();
  }
}
