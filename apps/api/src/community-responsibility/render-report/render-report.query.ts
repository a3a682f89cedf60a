import { Query } from '@nestjs/cqrs';
import type { Caller } from '../../auth/current-principal.decorator';

/** The 社区责任 section of a year as Markdown, from the same totals as communityResponsibility. */
export class RenderReportSectionQuery extends Query<string> {
  constructor(
    readonly year: number,
    readonly orgUnitId: string | undefined,
    readonly caller: Caller,
  ) {
    super();
  }
}
