import { Command } from '@nestjs/cqrs';
import type { Caller } from '../../auth/current-principal.decorator';
import type { VoidRecordInput } from '../../shared/void-record.input';
import type { VolunteerActivityPayload } from '../volunteer-activity.model';

export class VoidVolunteerActivityCommand extends Command<VolunteerActivityPayload> {
  constructor(
    readonly input: VoidRecordInput,
    readonly caller: Caller,
  ) {
    super();
  }
}
