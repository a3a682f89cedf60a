import { Command } from '@nestjs/cqrs';
import type { Caller } from '../../auth/current-principal.decorator';
import type { SubdistrictListPayload } from '../subdistrict-list.model';
import type { SetSubdistrictsInput } from './set-subdistricts.input';

export class SetSubdistrictsCommand extends Command<SubdistrictListPayload> {
  constructor(
    readonly input: SetSubdistrictsInput,
    readonly caller: Caller,
  ) {
    super();
  }
}
