import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { NotFoundError } from '@tracker/domain';
import { type Caller, CurrentCaller } from '../../auth/current-principal.decorator';
import { OrgChartReader } from '../../org-units/org-chart.reader';
import { ProjectionRuntime } from '../../projections/projection-runtime';
import { RecordedEventModel } from '../../record-history/recorded-event.model';
import { assertMayReadEdition } from '../edition-access';
import { publishedAt, SectionEditionReader } from '../section-edition.reader';

@Resolver()
export class SectionAdjustmentsResolver {
  constructor(
    private readonly orgChart: OrgChartReader,
    private readonly editions: SectionEditionReader,
    private readonly projections: ProjectionRuntime,
  ) {}

  @Query(() => [RecordedEventModel], {
    description: 'COMPILER/ADMIN: what was recorded after an edition that changes its year’s totals in its scope, oldest first, each with who recorded it and the record it touches',
  })
  async sectionAdjustments(@Args('editionId', { type: () => ID }) editionId: string, @CurrentCaller() { principal }: Caller): Promise<RecordedEventModel[]> {
    const edition = await this.editions.edition(editionId);
    if (!edition) throw new NotFoundError(`找不到版本“${editionId}”`);
    assertMayReadEdition(principal, await this.orgChart.current(), edition.orgUnitId);
    const units = edition.orgUnitId === undefined ? undefined : [edition.orgUnitId];
    const events = await this.projections.queries.adjustments(edition.year, units, publishedAt(edition));
    return events.map((event) => RecordedEventModel.from(event));
  }
}
