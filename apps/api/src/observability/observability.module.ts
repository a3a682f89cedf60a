// Logs, metrics and the command audit (docs/design.md §19). The runtime builds the logger and the metrics
// before Nest starts (start-up lines, the measuring event store); this module makes them
// injectable, binds each request's logger, and adds /metrics and the GraphQL operation plugin.
import { type DynamicModule, Global, Module, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { COMMAND_AUDITOR } from '../command-handling/command-auditor';
import { GraphQLOperationPlugin } from './graphql/graphql-operation.plugin';
import { AuditLog } from './logging/audit-log';
import type { TrackerLogging } from './logging/tracker-logging';
import { MetricsController } from './metrics/metrics.controller';
import { ProjectionMetrics } from './metrics/projection-metrics';
import { TrackerMetrics } from './metrics/tracker-metrics';

export interface Observability {
  readonly logging: TrackerLogging;
  readonly metrics: TrackerMetrics;
}

@Global()
@Module({})
export class ObservabilityModule {
  static forRoot({ logging, metrics }: Observability): DynamicModule {
    return {
      module: ObservabilityModule,
      imports: [
        // The access log (runtime/bootstrap.ts) already gave each request its pino logger;
        // nestjs-pino only binds it, so that Logger calls made while serving it carry its id.
        LoggerModule.forRoot({ pinoHttp: { logger: logging.root }, useExisting: true, forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }] }),
      ],
      controllers: [MetricsController],
      providers: [{ provide: TrackerMetrics, useValue: metrics }, { provide: COMMAND_AUDITOR, useClass: AuditLog }, GraphQLOperationPlugin, ProjectionMetrics],
      exports: [TrackerMetrics, COMMAND_AUDITOR],
    };
  }
}
