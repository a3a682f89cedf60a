// @tracker/projections public API: the read model (TypeORM, Postgres), its projector and queries.
export { createReadModelDataSource } from './postgres/data-source';
export type { ReadModelDataSourceOptions } from './postgres/data-source';
export { READ_MODEL_MIGRATIONS, READ_MODEL_MIGRATIONS_TABLE, ReadModelInit1735000000000, runReadModelMigrations } from './postgres/migrations';
export { READ_MODEL_ENTITIES } from './postgres/entities';
export { PROJECTION_NAME, generationSchema } from './postgres/schema';
export { Projector, ProjectionHandlerError } from './projector';
export type { ProjectionState, ProjectionStatus, ProjectorOptions, RebuildReport } from './projector';
export { CommunityResponsibilityQueries } from './queries';
export type { CommunityResponsibilityQueriesOptions } from './queries';
export { HANDLED_EVENT_TYPES, applyEvent, ReadModelIntegrityError } from './read-model/apply-event';
export { emptyRows } from './read-model/rows';
export type * from './read-model/rows';
export { totalsFromRows } from './read-model/totals';
export type * from './read-model/section.types';
export type { NameSuggestions } from './read-model/name-suggestions';
export { formatCount, formatHours, formatYuan, renderCommunityResponsibilityReport, sectionTextAsMarkdown } from './report/community-responsibility-report';
export { programName, sectionText } from './report/section-text';
export type { ReportOptions, SectionFigure, SectionParagraph, SectionPart, SectionText } from './report/section-text';
