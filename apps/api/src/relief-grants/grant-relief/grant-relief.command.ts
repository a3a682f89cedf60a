import { Command } from '@nestjs/cqrs';
import type { Caller } from '../../auth/current-principal.decorator';
import type { ReliefGrantPayload } from '../relief-grant.model';
import type { GrantReliefInput } from './grant-relief.input';

export class GrantReliefCommand extends Command<ReliefGrantPayload> {
  constructor(
    readonly input: GrantReliefInput,
    readonly caller: Caller,
  ) {
    super();
  }
}
