import { Query, Resolver } from '@nestjs/graphql';
import { orgUnitsOf } from '@tracker/domain';
import { isInScope } from '../../auth/access-policy';
import { type Caller, CurrentCaller } from '../../auth/current-principal.decorator';
import { OrgChartReader } from '../org-chart.reader';
import { OrgUnitModel } from '../org-unit.model';

@Resolver()
export class ListOrgUnitsResolver {
  constructor(private readonly orgChart: OrgChartReader) {}

  @Query(() => [OrgUnitModel], { description: 'The org units in your scope (ADMIN: all), parents before children' })
  async orgUnits(@CurrentCaller() { principal }: Caller): Promise<OrgUnitModel[]> {
    const chart = await this.orgChart.current();
    return orgUnitsOf(chart)
      .filter((unit) => isInScope(principal, chart, unit.id))
      .map((unit) => OrgUnitModel.from(chart, unit))
      .sort((a, b) => a.path.length - b.path.length || a.path.join('/').localeCompare(b.path.join('/'), 'zh'));
  }
}
