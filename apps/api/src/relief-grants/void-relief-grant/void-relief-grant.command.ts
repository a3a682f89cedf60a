import { Command } from '@nestjs/cqrs';
import type { Caller } from '../../auth/current-principal.decorator';
import type { VoidRecordInput } from '../../shared/void-record.input';
import type { ReliefGrantPayload } from '../relief-grant.model';

export class VoidReliefGrantCommand extends Command<ReliefGrantPayload> {
  constructor(
    readonly input: VoidRecordInput,
    readonly caller: Caller,
  ) {
    super();
  }
}
