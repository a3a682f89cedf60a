import { Command } from '@nestjs/cqrs';
import type { Caller } from '../../auth/current-principal.decorator';
import type { VoidRecordInput } from './void-record.input';
import type { Voidable } from './voidable';

/** Void one record of a voidable kind (see Voidable); the kind says which decider and answer. */
export class VoidRecordCommand<Payload> extends Command<Payload> {
  constructor(
    readonly kind: Voidable<Payload>,
    readonly input: VoidRecordInput,
    readonly caller: Caller,
  ) {
    super();
  }
}
