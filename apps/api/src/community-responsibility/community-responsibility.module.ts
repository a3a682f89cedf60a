import { Module } from '@nestjs/common';
import { CommunityResponsibilityResolver } from './community-responsibility.resolver';
import { GetCommunityResponsibilitySectionHandler } from './get-section/get-section.handler';
import { RenderReportSectionHandler } from './render-report/render-report.handler';

@Module({
  providers: [GetCommunityResponsibilitySectionHandler, RenderReportSectionHandler, CommunityResponsibilityResolver],
})
export class CommunityResponsibilityModule {}
