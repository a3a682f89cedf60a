import { Module } from '@nestjs/common';
import { OrgUnitsModule } from '../org-units/org-units.module';
import { CommunityResponsibilityResolver } from './community-responsibility.resolver';
import { GetCommunityResponsibilitySectionHandler } from './get-section/get-section.handler';
import { RenderReportSectionHandler } from './render-report/render-report.handler';

@Module({
  imports: [OrgUnitsModule],
  providers: [GetCommunityResponsibilitySectionHandler, RenderReportSectionHandler, CommunityResponsibilityResolver],
})
export class CommunityResponsibilityModule {}
