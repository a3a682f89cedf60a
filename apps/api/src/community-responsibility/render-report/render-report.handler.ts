import { IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { reportText } from './report-text';
import { OrgChartReader } from '../../org-units/org-chart.reader';
import { GetCommunityResponsibilitySectionQuery } from '../get-section/get-section.query';
import { RenderReportSectionQuery } from './render-report.query';

/**
 * Asks the QueryBus for the very totals `communityResponsibility` answers (same year and scope
 * checks, same access rules), then renders them: the text cannot disagree with the numbers.
 */
@QueryHandler(RenderReportSectionQuery)
export class RenderReportSectionHandler implements IQueryHandler<RenderReportSectionQuery> {
  constructor(
    private readonly queries: QueryBus,
    private readonly orgChart: OrgChartReader,
  ) {}

  async execute({ year, orgUnitId, caller }: RenderReportSectionQuery): Promise<string> {
    const section = await this.queries.execute(new GetCommunityResponsibilitySectionQuery(year, orgUnitId, undefined, caller));
    return reportText(section, await this.orgChart.current(), orgUnitId);
  }
}
