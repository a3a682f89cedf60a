import { Module } from '@nestjs/common';
import { ListOrgUnitsResolver } from './list-org-units/list-org-units.resolver';
import { RegisterOrgUnitHandler } from './register-org-unit/register-org-unit.handler';
import { RegisterOrgUnitResolver } from './register-org-unit/register-org-unit.resolver';
import { RenameOrgUnitHandler } from './rename-org-unit/rename-org-unit.handler';
import { RenameOrgUnitResolver } from './rename-org-unit/rename-org-unit.resolver';
import { RetireOrgUnitHandler } from './retire-org-unit/retire-org-unit.handler';
import { RetireOrgUnitResolver } from './retire-org-unit/retire-org-unit.resolver';

// The OrgChartReader itself is provided once, app-wide, by CommandHandlingModule.
@Module({
  providers: [
    RegisterOrgUnitHandler,
    RegisterOrgUnitResolver,
    RenameOrgUnitHandler,
    RenameOrgUnitResolver,
    RetireOrgUnitHandler,
    RetireOrgUnitResolver,
    ListOrgUnitsResolver,
  ],
})
export class OrgUnitsModule {}
