import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { hasRole } from '../../auth/principal';
import { orgUnitPath } from '@tracker/domain';
import type { Writable } from 'node:stream';
import type { Caller } from '../../auth/current-principal.decorator';
import { GetCommunityResponsibilitySectionQuery } from '../../community-responsibility/get-section/get-section.query';
import { OrgChartReader } from '../../org-units/org-chart.reader';
import { writeLedgersWorkbook } from './ledgers-workbook';

/** The year's ledgers workbook, for the scope and under the access rules of `communityResponsibility`. */
@Injectable()
export class LedgersExport {
  constructor(
    private readonly queries: QueryBus,
    private readonly orgChart: OrgChartReader,
  ) {}

  /** Checks year, scope and access first, so a refusal is still a JSON answer; then opens the download and streams it. */
  async write(year: number, orgUnitId: string | undefined, caller: Caller, open: (fileName: string) => Writable): Promise<void> {
    const section = await this.queries.execute(new GetCommunityResponsibilitySectionQuery(year, orgUnitId, undefined, caller));
    const chart = await this.orgChart.current();
    const scopeIds = orgUnitId ? [orgUnitId] : hasRole(caller.principal, 'ADMIN') ? [] : caller.principal.orgUnitIds;
    const scope = scopeIds.length === 0 ? '全部单位' : `${scopeIds.map((id) => orgUnitPath(chart, id).join('/')).join('、')}（含下属单位）`;
    const out = open(`社区责任台账-${year}.xlsx`);
    await writeLedgersWorkbook(out, section, { scope });
  }
}
