import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { type Caller, CurrentCaller } from '../../auth/current-principal.decorator';
import { OrgChartReader } from '../../org-units/org-chart.reader';
import { ProjectionRuntime } from '../../projections/projection-runtime';
import { editionScope } from '../edition-access';
import { sectionChanges } from '../section-changes';
import { publishedSection, SectionChange, SinceEdition } from '../section-edition.model';
import { SectionEditionReader } from '../section-edition.reader';

@Resolver()
export class SinceEditionResolver {
  constructor(
    private readonly orgChart: OrgChartReader,
    private readonly editions: SectionEditionReader,
    private readonly projections: ProjectionRuntime,
  ) {}

  @Query(() => SinceEdition, {
    nullable: true,
    description: 'COMPILER/ADMIN: which totals of the live section differ from the newest published edition of the year and scope, and by how much; null when none is published',
  })
  async sinceEdition(
    @Args('year', { type: () => Int }) year: number,
    @Args('orgUnitId', { type: () => ID, nullable: true }) orgUnitId: string | undefined,
    @CurrentCaller() { principal }: Caller,
  ): Promise<SinceEdition | null> {
    const scope = editionScope(principal, await this.orgChart.current(), orgUnitId ?? undefined);
    const [newest] = await this.editions.series(year, scope.orgUnitId);
    if (!newest) return null;
    const live = await this.projections.queries.section(year, scope.units);
    return Object.assign(new SinceEdition(), {
      editionId: newest.editionId,
      version: newest.version,
      publishedAt: new Date(newest.publishedAt),
      changes: sectionChanges(publishedSection(newest), live).map((change) => SectionChange.of(change)),
    });
  }
}
