import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ValidationError } from '@tracker/domain';
import { reportScope } from '../report-access';
import { OrgChartReader } from '../../org-units/org-chart.reader';
import { ProjectionRuntime } from '../../projections/projection-runtime';
import type { CommunityResponsibilitySection } from '../section.model';
import { GetCommunityResponsibilitySectionQuery } from './get-section.query';

const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

/** The yearly totals from the read model, or, with asOf, folded from the events recorded up to that instant. */
@QueryHandler(GetCommunityResponsibilitySectionQuery)
export class GetCommunityResponsibilitySectionHandler implements IQueryHandler<GetCommunityResponsibilitySectionQuery> {
  constructor(
    private readonly orgChart: OrgChartReader,
    private readonly projections: ProjectionRuntime,
  ) {}

  async execute({ year, orgUnitId, asOf, caller }: GetCommunityResponsibilitySectionQuery): Promise<CommunityResponsibilitySection> {
    if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
      throw ValidationError.of('year', `年份须为 ${FIRST_YEAR} 至 ${LAST_YEAR} 之间的整数`);
    }
    const scope = reportScope(caller.principal, await this.orgChart.current(), orgUnitId);
    const section = asOf ? await this.projections.queries.sectionAsOf(year, scope, asOf) : await this.projections.queries.section(year, scope);
    // Boundary: the library's readonly result has exactly the GraphQL shape.
    return section as CommunityResponsibilitySection;
  }
}
