import { Query } from '@nestjs/cqrs';
import type { SectionText } from '@tracker/projections';
import type { Caller } from '../../auth/current-principal.decorator';
import type { PublishedEdition } from '../section-edition.reader';

export interface EditionText {
  readonly text: SectionText;
  readonly edition: PublishedEdition;
}

/** A published edition's section as structured text, for its Word file: `{year}.docx?edition=<id>`. */
export class GetEditionTextQuery extends Query<EditionText> {
  constructor(
    readonly year: number,
    readonly editionId: string,
    /** The org unit the request names, if any: it must be the edition's. */
    readonly orgUnitId: string | undefined,
    readonly caller: Caller,
  ) {
    super();
  }
}
