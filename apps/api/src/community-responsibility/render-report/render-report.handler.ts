import { IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { sectionTextAsMarkdown } from '@tracker/projections';
import { GetSectionTextQuery } from '../section-text/get-section-text.query';
import { RenderReportSectionQuery } from './render-report.query';

/** The section's structured text (GetSectionTextQuery) as Markdown; the Word file renders the same text. */
@QueryHandler(RenderReportSectionQuery)
export class RenderReportSectionHandler implements IQueryHandler<RenderReportSectionQuery> {
  constructor(private readonly queries: QueryBus) {}

  async execute({ year, orgUnitId, caller }: RenderReportSectionQuery): Promise<string> {
    return sectionTextAsMarkdown(await this.queries.execute(new GetSectionTextQuery(year, orgUnitId, caller)));
  }
}
