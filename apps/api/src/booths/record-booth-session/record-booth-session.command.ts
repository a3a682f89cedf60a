import { Command } from '@nestjs/cqrs';
import type { Caller } from '../../auth/current-principal.decorator';
import type { BoothPayload } from '../booth.model';
import type { RecordBoothSessionInput } from './record-booth-session.input';

export class RecordBoothSessionCommand extends Command<BoothPayload> {
  constructor(
    readonly input: RecordBoothSessionInput,
    readonly caller: Caller,
  ) {
    super();
  }
}
