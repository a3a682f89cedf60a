import { Module } from '@nestjs/common';
import { ListOrgUnitsResolver } from './list-org-units/list-org-units.resolver';
import { OrgChartReader } from './org-chart.reader';
import { RegisterOrgUnitHandler } from './register-org-unit/register-org-unit.handler';
import { RegisterOrgUnitResolver } from './register-org-unit/register-org-unit.resolver';

@Module({
  providers: [OrgChartReader, RegisterOrgUnitHandler, RegisterOrgUnitResolver, ListOrgUnitsResolver],
  exports: [OrgChartReader],
})
export class OrgUnitsModule {}
