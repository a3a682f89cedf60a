import { Module } from '@nestjs/common';
import { GetEditionTextHandler } from './edition-text/get-edition-text.handler';
import { ListSectionEditionsResolver } from './list-section-editions/list-section-editions.resolver';
import { PublishSectionHandler } from './publish-section/publish-section.handler';
import { PublishSectionResolver } from './publish-section/publish-section.resolver';
import { SectionAdjustmentsResolver } from './section-adjustments/section-adjustments.resolver';
import { SectionEditionReader } from './section-edition.reader';
import { SinceEditionResolver } from './since-edition/since-edition.resolver';

/** 版本 published editions of the 社区责任 section (docs/design.md §16). */
@Module({
  providers: [SectionEditionReader, GetEditionTextHandler, PublishSectionHandler, PublishSectionResolver, ListSectionEditionsResolver, SectionAdjustmentsResolver, SinceEditionResolver],
})
export class EditionsModule {}
