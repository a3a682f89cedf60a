import { Module } from '@nestjs/common';
import { CommunityResponsibilityResolver } from './community-responsibility.resolver';
import { GetCommunityResponsibilitySectionHandler } from './get-section/get-section.handler';
import { RenderReportSectionHandler } from './render-report/render-report.handler';
import { GetSectionTextHandler } from './section-text/get-section-text.handler';

@Module({
  providers: [GetCommunityResponsibilitySectionHandler, GetSectionTextHandler, RenderReportSectionHandler, CommunityResponsibilityResolver],
})
export class CommunityResponsibilityModule {}
