import { Command } from '@nestjs/cqrs';
import type { Caller } from '../../auth/current-principal.decorator';
import type { SectionEdition } from '../section-edition.model';
import type { PublishSectionInput } from './publish-section.input';

export class PublishSectionCommand extends Command<SectionEdition> {
  constructor(
    readonly input: PublishSectionInput,
    readonly caller: Caller,
  ) {
    super();
  }
}
