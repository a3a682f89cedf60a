// GraphQL over Apollo, code-first, schema built in memory; every request passes the request gate
// (request-gate.ts) before Apollo parses it.
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request } from 'express';
import { TokenService } from '../auth/token.service';
import type { AppConfig } from '../config/app-config';
import { formatGraphQLError } from './error-formatting';
import { requestGate } from './request-gate';

/** A valid bearer token; the guard still decides, per operation, what its holder may do. */
const bearerCheck =
  (tokens: TokenService) =>
  (req: Request): Promise<boolean> =>
    tokens.verify(req.headers.authorization).then(
      () => true,
      () => false,
    );

export function graphQlModule(config: AppConfig): DynamicModule {
  return GraphQLModule.forRootAsync<ApolloDriverConfig>({
    driver: ApolloDriver,
    inject: [TokenService],
    useFactory: (tokens: TokenService): ApolloDriverConfig => {
      const gate = requestGate({ development: config.development, hasValidCredentials: bearerCheck(tokens) });
      return {
        path: '/graphql',
        autoSchemaFile: true,
        sortSchema: true,
        playground: false,
        // The schema is no secret, but production does not advertise it.
        introspection: config.development,
        includeStacktraceInErrorResponses: config.development,
        plugins: [gate.plugin, config.development ? ApolloServerPluginLandingPageLocalDefault({ embed: true }) : ApolloServerPluginLandingPageDisabled()],
        // The request reaches guards and @CurrentCaller through the GraphQL context.
        context: gate.context,
        formatError: formatGraphQLError,
      };
    },
  });
}
