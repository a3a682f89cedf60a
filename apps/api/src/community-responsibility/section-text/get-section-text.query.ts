import { Query } from '@nestjs/cqrs';
import type { SectionText } from '@tracker/projections';
import type { Caller } from '../../auth/current-principal.decorator';

/** The 社区责任 section of a year as structured text: what the Markdown and the Word file both render. */
export class GetSectionTextQuery extends Query<SectionText> {
  constructor(
    readonly year: number,
    readonly orgUnitId: string | undefined,
    readonly caller: Caller,
  ) {
    super();
  }
}
