import { Command } from '@nestjs/cqrs';
import type { Caller } from '../../auth/current-principal.decorator';
import type { VolunteerActivityPayload } from '../volunteer-activity.model';
import type { RecordVolunteerActivityInput } from './record-volunteer-activity.input';

export class RecordVolunteerActivityCommand extends Command<VolunteerActivityPayload> {
  constructor(
    readonly input: RecordVolunteerActivityInput,
    readonly caller: Caller,
  ) {
    super();
  }
}
