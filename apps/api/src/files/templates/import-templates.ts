import { Injectable } from '@nestjs/common';
import { IMPORT_SHEETS, ORG_UNIT_KIND_NAMES, campaignUnionIds, columnsOf, orgUnitPath, orgUnitsOf, type ImportKind, type ImportSheet, type OrgChartState } from '@tracker/domain';
import { isInScope } from '../../auth/access-policy';
import type { Caller } from '../../auth/current-principal.decorator';
import { OrgChartReader } from '../../org-units/org-chart.reader';
import { importTemplate } from './import-template';

/** The import templates, each with the org units its caller may name (a drop-down and the 组织单位 sheet). */
@Injectable()
export class ImportTemplates {
  constructor(private readonly orgChart: OrgChartReader) {}

  async template(kind: ImportKind, caller: Caller): Promise<{ fileName: string; file: Buffer }> {
    const sheet: ImportSheet<unknown> = IMPORT_SHEETS[kind];
    const chart = await this.orgChart.current();
    const orgKind = columnsOf(sheet).find(([, spec]) => spec.cellType === 'org')?.[1].orgKind;
    const inScope = (unitId: string) => isInScope(caller.principal, chart, unitId);
    const remitting = kind === 'union-donations' ? remittingUnionIds(chart, inScope) : new Set<string>();
    const units = orgUnitsOf(chart)
      .filter((unit) => !unit.retired && (orgKind === undefined || unit.kind === orgKind) && (inScope(unit.id) || remitting.has(unit.id)))
      .map((unit) => ({ path: orgUnitPath(chart, unit.id).join('/'), kindName: ORG_UNIT_KIND_NAMES[unit.kind] }))
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { fileName: `${sheet.sheetName}导入模板.xlsx`, file: await importTemplate(sheet, units, kind === 'union-donations') };
  }
}

/**
 * The department unions that remit to campaigns organized within the caller's scope: a donation
 * follows its campaign's scope, so the bureau union's treasurer records (and imports) the
 * remittances of unions outside their own scope, and the template must offer them.
 */
function remittingUnionIds(chart: OrgChartState, inScope: (unitId: string) => boolean): Set<string> {
  const organizers = orgUnitsOf(chart).filter((unit) => unit.kind === 'UNION' && !unit.retired && inScope(unit.id));
  return new Set(organizers.flatMap((organizer) => campaignUnionIds(chart, organizer.id)));
}
