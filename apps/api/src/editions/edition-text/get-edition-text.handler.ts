import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NotFoundError, parseEditionId, ValidationError } from '@tracker/domain';
import { sectionTextFromMarkdown } from '@tracker/projections';
import { OrgChartReader } from '../../org-units/org-chart.reader';
import { assertMayReadEdition } from '../edition-access';
import { SectionEditionReader } from '../section-edition.reader';
import { type EditionText, GetEditionTextQuery } from './get-edition-text.query';

/**
 * The edition's text as it was published: the report Markdown its event keeps, parsed back into the
 * section's structure, so its Word file never takes a later release's wording (and names the unit
 * as it was named then).
 */
@QueryHandler(GetEditionTextQuery)
export class GetEditionTextHandler implements IQueryHandler<GetEditionTextQuery> {
  constructor(
    private readonly editions: SectionEditionReader,
    private readonly orgChart: OrgChartReader,
  ) {}

  async execute({ year, editionId, orgUnitId, caller }: GetEditionTextQuery): Promise<EditionText> {
    if (!Number.isInteger(year)) throw ValidationError.of('year', '年份须为整数，例如 2023.docx');
    const id = parseEditionId(editionId);
    if (!id) throw ValidationError.of('edition', `“${editionId}”不是版本编号，版本编号形如 2023-all-v1（年份-组织-v版本号），请从版本列表中选择`);
    if (id.year !== year) throw ValidationError.of('edition', `版本“${editionId}”是 ${id.year} 年的版本，不是 ${year} 年的：请下载 ${id.year}.docx`);
    const edition = await this.editions.edition(editionId);
    if (!edition) throw new NotFoundError(`找不到版本“${editionId}”`);
    assertMayReadEdition(caller.principal, await this.orgChart.current(), edition.orgUnitId);
    if (orgUnitId !== undefined && orgUnitId !== edition.orgUnitId) throw ValidationError.of('orgUnitId', `版本“${editionId}”不属于所选的组织`);
    return { text: sectionTextFromMarkdown(edition.report), edition };
  }
}
