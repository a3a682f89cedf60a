import { Command } from '@nestjs/cqrs';
import type { Caller } from '../../auth/current-principal.decorator';
import type { BoothPayload } from '../booth.model';
import type { VoidBoothSessionInput } from './void-booth-session.input';

export class VoidBoothSessionCommand extends Command<BoothPayload> {
  constructor(
    readonly input: VoidBoothSessionInput,
    readonly caller: Caller,
  ) {
    super();
  }
}
