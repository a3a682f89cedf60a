import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertPublishableYear, orgUnitSnapshot, type PublishSection } from '@tracker/domain';
import { formatPosition } from '@tracker/event-store';
import { RecordCommands } from '../../command-handling/record-commands';
import { isJsonObject } from '../../command-handling/json-data';
import { reportText } from '../../community-responsibility/render-report/report-text';
import { OrgChartReader } from '../../org-units/org-chart.reader';
import { ProjectionRuntime } from '../../projections/projection-runtime';
import { editionScope } from '../edition-access';
import { editionSeriesId, SECTION_EDITIONS } from '../section-edition.record-kind';
import { SectionEdition } from '../section-edition.model';
import { SectionEditionReader } from '../section-edition.reader';
import { PublishSectionCommand } from './publish-section.command';

/**
 * 发布: the live section of the year and scope, where in the log it stands (the position and the
 * event at it) and its report text, read in one go and kept in the edition's event, so that the
 * edition answers the same forever, in this log and in any it is restored into.
 */
@CommandHandler(PublishSectionCommand)
export class PublishSectionHandler implements ICommandHandler<PublishSectionCommand> {
  constructor(
    private readonly commands: RecordCommands,
    private readonly orgChart: OrgChartReader,
    private readonly projections: ProjectionRuntime,
    private readonly editions: SectionEditionReader,
  ) {}

  async execute({ input, caller }: PublishSectionCommand): Promise<SectionEdition> {
    const { idempotencyKey, ...payload } = input;
    const chart = await this.orgChart.current();
    // Who may, and which year, before any figure is read.
    // `orgUnitId: null` is the field left out, as GraphQL has it: the default scope, not a unit named "null".
    const scope = editionScope(caller.principal, chart, payload.orgUnitId ?? undefined);
    const publishedAt = new Date().toISOString();
    assertPublishableYear(payload.year, publishedAt);
    const { section, position, lastEvent } = await this.projections.queries.sectionAt(payload.year, scope.units);
    if (!isJsonObject(section)) throw new TypeError('the section is not plain JSON');
    const report = reportText(section, chart, scope.orgUnitId);

    const seriesId = editionSeriesId(payload.year, scope.orgUnitId);
    const outcome = await this.commands.run(caller, SECTION_EDITIONS, {
      id: seriesId,
      payload: { ...payload, orgUnitId: scope.orgUnitId },
      idempotencyKey,
      command: (_state, current): PublishSection => ({
        type: 'PublishSection',
        data: {
          year: payload.year,
          ...(scope.orgUnitId === undefined ? {} : { orgUnitId: scope.orgUnitId, orgUnit: orgUnitSnapshot(current, scope.orgUnitId) ?? null }),
          note: payload.note ?? null,
          position: formatPosition(position),
          ...(lastEvent === undefined ? {} : { lastEvent }),
          section,
          report,
          publishedAt,
          publishedBy: caller.principal.subject,
          publisherName: caller.principal.name,
        },
      }),
    });
    // The edition this request wrote (or, repeated, wrote before): the one at the position it reports.
    const edition = await this.editions.writtenAt(payload.year, scope.orgUnitId, outcome.position);
    if (!edition) throw new Error(`no edition in series ${seriesId} at ${outcome.position}`);
    return SectionEdition.of(edition, await this.editions.positionNow(edition));
  }
}
