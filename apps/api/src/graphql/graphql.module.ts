// GraphQL over Apollo, code-first, schema built in memory; every request passes the request gate
// (request-gate.ts) before Apollo parses it.
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request } from 'express';
import { Authenticator } from '../auth/authenticator';
import type { AppConfig } from '../config/app-config';
import { formatGraphQLError } from './error-formatting';
import { requestGate } from './request-gate';

/**
 * A valid bearer token or session (worked out once per request: the guard reuses it); the guard
 * still decides, per operation, what its holder may do.
 */
const credentialCheck =
  (authenticator: Authenticator) =>
  (req: Request): Promise<boolean> =>
    authenticator.authenticate(req).then(
      () => true,
      () => false,
    );

export function graphQlModule(config: AppConfig): DynamicModule {
  return GraphQLModule.forRootAsync<ApolloDriverConfig>({
    driver: ApolloDriver,
    inject: [Authenticator],
    useFactory: (authenticator: Authenticator): ApolloDriverConfig => {
      const gate = requestGate({ development: config.development, hasValidCredentials: credentialCheck(authenticator) });
      return {
        path: '/graphql',
        autoSchemaFile: true,
        sortSchema: true,
        playground: false,
        // The schema is no secret, but production does not advertise it.
        introspection: config.development,
        includeStacktraceInErrorResponses: config.development,
        plugins: [gate.plugin, config.development ? ApolloServerPluginLandingPageLocalDefault({ embed: true }) : ApolloServerPluginLandingPageDisabled()],
        // The request reaches guards and @CurrentCaller through the GraphQL context; the response, signIn's cookie.
        context: gate.context,
        // A cookie-authenticated request must not be one a browser sends cross-site (docs/design.md §13).
        csrfPrevention: true,
        formatError: formatGraphQLError,
      };
    },
  });
}
