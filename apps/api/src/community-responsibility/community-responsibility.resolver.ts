import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import { type Caller, CurrentCaller } from '../auth/current-principal.decorator';
import { DateTimeScalar } from '../graphql/scalars/date-time.scalar';
import { GetCommunityResponsibilitySectionQuery } from './get-section/get-section.query';
import { RenderReportSectionQuery } from './render-report/render-report.query';
import { CommunityResponsibilitySection } from './section.model';

@Resolver()
export class CommunityResponsibilityResolver {
  constructor(private readonly queries: QueryBus) {}

  @Query(() => CommunityResponsibilitySection, {
    description: 'COMPILER/ADMIN: the 社区责任 totals of a year, for an org unit and its descendants (default: your scope); asOf gives them as they stood then',
  })
  communityResponsibility(
    @Args('year', { type: () => Int }) year: number,
    @Args('orgUnitId', { type: () => ID, nullable: true }) orgUnitId: string | undefined,
    @Args('asOf', { type: () => DateTimeScalar, nullable: true }) asOf: Date | undefined,
    @CurrentCaller() caller: Caller,
  ): Promise<CommunityResponsibilitySection> {
    return this.queries.execute(new GetCommunityResponsibilitySectionQuery(year, orgUnitId ?? undefined, asOf ?? undefined, caller));
  }

  @Query(() => String, {
    description: 'COMPILER/ADMIN: the 社区责任 section of a year as Markdown in Chinese, every figure from the communityResponsibility totals',
  })
  reportSection(
    @Args('year', { type: () => Int }) year: number,
    @Args('orgUnitId', { type: () => ID, nullable: true }) orgUnitId: string | undefined,
    @CurrentCaller() caller: Caller,
  ): Promise<string> {
    return this.queries.execute(new RenderReportSectionQuery(year, orgUnitId ?? undefined, caller));
  }
}
