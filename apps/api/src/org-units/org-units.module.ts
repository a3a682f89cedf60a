import { Module } from '@nestjs/common';
import { ListOrgUnitsResolver } from './list-org-units/list-org-units.resolver';
import { RegisterOrgUnitHandler } from './register-org-unit/register-org-unit.handler';
import { RegisterOrgUnitResolver } from './register-org-unit/register-org-unit.resolver';

// The OrgChartReader itself is provided once, app-wide, by CommandHandlingModule.
@Module({
  providers: [RegisterOrgUnitHandler, RegisterOrgUnitResolver, ListOrgUnitsResolver],
})
export class OrgUnitsModule {}
