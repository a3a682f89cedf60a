import { Command } from '@nestjs/cqrs';
import type { Caller } from '../../auth/current-principal.decorator';
import type { ReliefGrantPayload } from '../relief-grant.model';
import type { CorrectReliefGrantInput } from './correct-relief-grant.input';

export class CorrectReliefGrantCommand extends Command<ReliefGrantPayload> {
  constructor(
    readonly input: CorrectReliefGrantInput,
    readonly caller: Caller,
  ) {
    super();
  }
}
