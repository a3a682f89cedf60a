import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { orgUnitPath } from '@tracker/domain';
import type { Writable } from 'node:stream';
import type { Caller } from '../../auth/current-principal.decorator';
import { GetCommunityResponsibilitySectionQuery } from '../../community-responsibility/get-section/get-section.query';
import { reportScope } from '../../community-responsibility/report-access';
import { Ledgers } from '../../ledgers/ledgers';
import { OrgChartReader } from '../../org-units/org-chart.reader';
import { ledgerSheets } from './ledger-sheets';
import { writeLedgersWorkbook } from './ledgers-workbook';

/**
 * The year's ledgers workbook, for the scope and under the access rules of `communityResponsibility`
 * (COMPILER and ADMIN): its 汇总 is that query's answer, its record sheets the ledgers' rows for the same scope.
 */
@Injectable()
export class LedgersExport {
  constructor(
    private readonly queries: QueryBus,
    private readonly orgChart: OrgChartReader,
    private readonly ledgers: Ledgers,
  ) {}

  /** Checks year, scope and access first, so a refusal is still a JSON answer; then opens the download and streams it. */
  async write(year: number, orgUnitId: string | undefined, caller: Caller, open: (fileName: string) => Writable): Promise<void> {
    const section = await this.queries.execute(new GetCommunityResponsibilitySectionQuery(year, orgUnitId, undefined, caller));
    const chart = await this.orgChart.current();
    const units = reportScope(caller.principal, chart, orgUnitId);
    const scope = units === undefined ? '全部单位' : `${units.map((id) => orgUnitPath(chart, id).join('/')).join('、')}（含下属单位）`;
    const out = open(`社区责任台账-${year}.xlsx`);
    await writeLedgersWorkbook(out, section, { scope }, ledgerSheets(this.ledgers.queries, { year, scope: units }));
  }
}
