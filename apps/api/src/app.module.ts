// The Nest application. The runtime (runtime/bootstrap.ts) resolves config, the database and
// the event store first, then hands them in here; every feature module can inject them through
// the tokens APP_CONFIG, EVENT_STORE and DATABASE_PROBE (global, no import needed).
import { type DynamicModule, Global, Module } from '@nestjs/common';
import type { EventStore } from '@tracker/event-store';
import type { AppConfig } from './config/app-config';
import { APP_CONFIG } from './config/config.token';
import { EventStoreInfoModule } from './event-store-info/event-store-info.module';
import { EVENT_STORE } from './event-store-info/event-store.token';
import { DATABASE_PROBE, type DatabaseProbe } from './health/database-probe';
import { HealthModule } from './health/health.module';
import { VersionModule } from './version/version.module';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { ExpectedErrorsFilter } from './graphql/expected-errors.filter';
import { AuthModule } from './auth/auth.module';
import { CommandHandlingModule } from './command-handling/command-handling.module';
import { graphQlModule } from './graphql/graphql.module';
import { inputValidationPipe } from './graphql/input-validation';
import { CommunityResponsibilityModule } from './community-responsibility/community-responsibility.module';
import { OrgUnitsModule } from './org-units/org-units.module';
import { ProjectionsModule } from './projections/projections.module';
import { RecordHistoryModule } from './record-history/record-history.module';
import { VolunteerActivitiesModule } from './volunteer-activities/volunteer-activities.module';
import { DonationCampaignsModule } from './donation-campaigns/donation-campaigns.module';
import { BoothsModule } from './booths/booths.module';
import { CoBuildingAgreementsModule } from './co-building-agreements/co-building-agreements.module';
import { ReliefGrantsModule } from './relief-grants/relief-grants.module';
import { ExamSentinelShiftsModule } from './exam-sentinel-shifts/exam-sentinel-shifts.module';
import { FilesModule } from './files/files.module';
import { LedgersModule } from './ledgers/ledgers.module';
import { AccountsModule } from './accounts/accounts.module';
import type { Clock } from './accounts/clock';
import { type Observability, ObservabilityModule } from './observability/observability.module';
import { SubdistrictsModule } from './subdistricts/subdistricts.module';
import { WebModule } from './web/web.module';
import { EditionsModule } from './editions/editions.module';
import { BackupModule } from './backup/backup.module';

export interface AppDependencies {
  readonly config: AppConfig;
  readonly eventStore: EventStore;
  readonly database: DatabaseProbe;
  /** HS256 secret for bearer tokens: JWT_SECRET, or the one kept under DATA_DIR. */
  readonly jwtSecret: string;
  /** The PostgreSQL holding the read model and the accounts' tables (and, by default, the events). */
  readonly databaseUrl: string;
  /** What time it is for sessions and sign-in limits; tests pass one they can move. */
  readonly clock: Clock;
  /** The process's logger and metrics, made before Nest starts. */
  readonly observability: Observability;
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

@Module({})
export class AppModule {
  static forRoot(deps: AppDependencies): DynamicModule {
    return {
      module: AppModule,
      imports: [
        RuntimeResourcesModule.forRoot(deps),
        AccountsModule.forRoot({ databaseUrl: deps.databaseUrl, clock: deps.clock }),
        ObservabilityModule.forRoot(deps.observability),
        AuthModule.forRoot(deps.jwtSecret),
        ProjectionsModule.forRoot(deps.databaseUrl),
        CommandHandlingModule,
        graphQlModule(deps.config),
        HealthModule,
        VersionModule,
        EventStoreInfoModule,
        OrgUnitsModule,
        SubdistrictsModule,
        VolunteerActivitiesModule,
        CoBuildingAgreementsModule,
        ReliefGrantsModule,
        ExamSentinelShiftsModule,
        LedgersModule,
        DonationCampaignsModule,
        BoothsModule,
        RecordHistoryModule,
        CommunityResponsibilityModule,
        FilesModule,
        EditionsModule,
        BackupModule,
        WebModule.forRoot(),
      ],
      providers: [
        { provide: APP_PIPE, useValue: inputValidationPipe },
        { provide: APP_FILTER, useClass: ExpectedErrorsFilter },
      ],
    };
  }
}
