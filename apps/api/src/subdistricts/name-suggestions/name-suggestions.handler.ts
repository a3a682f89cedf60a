import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { orgUnitPath, subdistrictsToOffer, ValidationError } from '@tracker/domain';
import { isInScope } from '../../auth/access-policy';
import { hasRole } from '../../auth/principal';
import { ForbiddenError } from '../../errors/app-errors';
import { OrgChartReader } from '../../org-units/org-chart.reader';
import { ProjectionRuntime } from '../../projections/projection-runtime';
import { SubdistrictListReader } from '../subdistrict-list.reader';
import type { NameSuggestionsModel } from './name-suggestions.model';
import { GetNameSuggestionsQuery } from './name-suggestions.query';

export const NAME_SUGGESTIONS_MAX = 100;

/** From the read model's running totals: what the units in the caller's scope (ADMIN: the company) have used. */
@QueryHandler(GetNameSuggestionsQuery)
export class GetNameSuggestionsHandler implements IQueryHandler<GetNameSuggestionsQuery> {
  constructor(
    private readonly orgChart: OrgChartReader,
    private readonly subdistricts: SubdistrictListReader,
    private readonly projections: ProjectionRuntime,
  ) {}

  async execute({ orgUnitId, first, caller }: GetNameSuggestionsQuery): Promise<NameSuggestionsModel> {
    if (!Number.isSafeInteger(first) || first < 1 || first > NAME_SUGGESTIONS_MAX) throw ValidationError.of('first', `条数须为 1 至 ${NAME_SUGGESTIONS_MAX} 之间的整数`);
    const { principal } = caller;
    const chart = await this.orgChart.current();
    let scope: readonly string[] | undefined = hasRole(principal, 'ADMIN') ? undefined : principal.orgUnitIds;
    if (orgUnitId !== undefined) {
      orgUnitPath(chart, orgUnitId); // the domain's NotFoundError for an unknown unit
      // Says nothing about a unit outside the caller's scope (issue 12).
      if (!isInScope(principal, chart, orgUnitId)) throw new ForbiddenError('这个组织在你的权限范围以外');
      scope = [orgUnitId];
    }
    const [used, known] = await Promise.all([this.projections.queries.nameSuggestions(scope, first), this.subdistricts.known()]);
    return {
      subdistricts: subdistrictsToOffer(used.subdistricts, known, first),
      subdistrictsUsed: [...used.subdistricts],
      sites: [...used.sites],
      examSites: [...used.examSites],
      serviceItems: [...used.serviceItems],
    };
  }
}
