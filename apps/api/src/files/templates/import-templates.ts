import { Injectable } from '@nestjs/common';
import { IMPORT_SHEETS, ORG_UNIT_KIND_NAMES, columnsOf, orgUnitPath, orgUnitsOf, type ImportKind, type ImportSheet } from '@tracker/domain';
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
    const units = orgUnitsOf(chart)
      .filter((unit) => !unit.retired && (orgKind === undefined || unit.kind === orgKind) && isInScope(caller.principal, chart, unit.id))
      .map((unit) => ({ path: orgUnitPath(chart, unit.id).join('/'), kindName: ORG_UNIT_KIND_NAMES[unit.kind] }))
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { fileName: `${sheet.sheetName}导入模板.xlsx`, file: await importTemplate(sheet, units, kind === 'union-donations') };
  }
}
