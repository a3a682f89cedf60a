// The Nest application. The runtime (runtime/bootstrap.ts) resolves config, the database and
// the event store first, then hands them in here; every feature module can inject them through
// the tokens APP_CONFIG, EVENT_STORE and DATABASE_PROBE (global, no import needed).
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Global, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { EventStore } from '@tracker/event-store';
import type { AppConfig } from './config/app-config';
import { APP_CONFIG } from './config/config.token';
import { EventStoreInfoModule } from './event-store-info/event-store-info.module';
import { EVENT_STORE } from './event-store-info/event-store.token';
import { DATABASE_PROBE, type DatabaseProbe } from './health/database-probe';
import { HealthModule } from './health/health.module';
import { VersionModule } from './version/version.module';

export interface AppDependencies {
  readonly config: AppConfig;
  readonly eventStore: EventStore;
  readonly database: DatabaseProbe;
}

/** Makes the runtime's resources injectable everywhere. */
@Global()
@Module({})
export class RuntimeResourcesModule {
  static forRoot(deps: AppDependencies): DynamicModule {
    const providers = [
      { provide: APP_CONFIG, useValue: deps.config },
      { provide: EVENT_STORE, useValue: deps.eventStore },
      { provide: DATABASE_PROBE, useValue: deps.database },
    ];
    return { module: RuntimeResourcesModule, providers, exports: providers.map((p) => p.provide) };
  }
}

/** GraphQL over Apollo, code-first, schema built in memory. */
export function graphQlModule(config: AppConfig): DynamicModule {
  return GraphQLModule.forRoot<ApolloDriverConfig>({
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    // The schema is no secret, but production does not advertise it.
    introspection: config.development,
    includeStacktraceInErrorResponses: config.development,
    plugins: [config.development ? ApolloServerPluginLandingPageLocalDefault({ embed: true }) : ApolloServerPluginLandingPageDisabled()],
  });
}

@Module({})
export class AppModule {
  static forRoot(deps: AppDependencies): DynamicModule {
    return {
      module: AppModule,
      imports: [RuntimeResourcesModule.forRoot(deps), graphQlModule(deps.config), HealthModule, VersionModule, EventStoreInfoModule],
    };
  }
}
