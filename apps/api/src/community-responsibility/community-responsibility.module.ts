import { Module } from '@nestjs/common';
import { OrgUnitsModule } from '../org-units/org-units.module';
import { CommunityResponsibilityResolver } from './community-responsibility.resolver';
import { GetCommunityResponsibilitySectionHandler } from './get-section/get-section.handler';

@Module({
  imports: [OrgUnitsModule],
  providers: [GetCommunityResponsibilitySectionHandler, CommunityResponsibilityResolver],
})
export class CommunityResponsibilityModule {}
