import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { type Caller, CurrentCaller } from '../../auth/current-principal.decorator';
import { OrgChartReader } from '../../org-units/org-chart.reader';
import { editionScope } from '../edition-access';
import { SectionEdition } from '../section-edition.model';
import { SectionEditionReader } from '../section-edition.reader';

@Resolver()
export class ListSectionEditionsResolver {
  constructor(
    private readonly orgChart: OrgChartReader,
    private readonly editions: SectionEditionReader,
  ) {}

  @Query(() => [SectionEdition], { description: 'COMPILER/ADMIN: the published editions of a year and scope, newest first' })
  async sectionEditions(
    @Args('year', { type: () => Int }) year: number,
    @Args('orgUnitId', { type: () => ID, nullable: true }) orgUnitId: string | undefined,
    @CurrentCaller() { principal }: Caller,
  ): Promise<SectionEdition[]> {
    const scope = editionScope(principal, await this.orgChart.current(), orgUnitId ?? undefined);
    const editions = await this.editions.series(year, scope.orgUnitId);
    return Promise.all(editions.map(async (edition) => SectionEdition.of(edition, await this.editions.positionNow(edition))));
  }
}
