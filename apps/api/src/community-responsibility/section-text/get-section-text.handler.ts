import { IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import type { SectionText } from '@tracker/projections';
import { reportSectionText } from '../render-report/report-text';
import { OrgChartReader } from '../../org-units/org-chart.reader';
import { GetCommunityResponsibilitySectionQuery } from '../get-section/get-section.query';
import { GetSectionTextQuery } from './get-section-text.query';

/**
 * Asks the QueryBus for the very totals `communityResponsibility` answers (same year and scope
 * checks, same access rules), then phrases them: the text cannot disagree with the numbers, and
 * the Markdown and the Word file, both made from this text, cannot disagree with each other.
 */
@QueryHandler(GetSectionTextQuery)
export class GetSectionTextHandler implements IQueryHandler<GetSectionTextQuery> {
  constructor(
    private readonly queries: QueryBus,
    private readonly orgChart: OrgChartReader,
  ) {}

  async execute({ year, orgUnitId, caller }: GetSectionTextQuery): Promise<SectionText> {
    const section = await this.queries.execute(new GetCommunityResponsibilitySectionQuery(year, orgUnitId, undefined, caller));
    return reportSectionText(section, await this.orgChart.current(), orgUnitId);
  }
}
