import { Command } from '@nestjs/cqrs';
import type { Caller } from '../../auth/current-principal.decorator';
import type { VolunteerActivityPayload } from '../volunteer-activity.model';
import type { CorrectVolunteerActivityInput } from './correct-volunteer-activity.input';

export class CorrectVolunteerActivityCommand extends Command<VolunteerActivityPayload> {
  constructor(
    readonly input: CorrectVolunteerActivityInput,
    readonly caller: Caller,
  ) {
    super();
  }
}
