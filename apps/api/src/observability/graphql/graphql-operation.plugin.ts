import type { ApolloServerPlugin, BaseContext, GraphQLRequestContext, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { TrackerMetrics } from '../metrics/tracker-metrics';
import { type GraphQLOperation, fieldOutcome, noteGraphQLOperation, operationNameForLog, requestOutcome, rootFieldsOf } from './graphql-operation';

/** The HTTP request behind a GraphQL request (app.module's context puts it there as `req`). */
function httpRequestOf(context: BaseContext): object | undefined {
  if (!('req' in context)) return undefined;
  const { req } = context;
  return typeof req === 'object' && req !== null ? req : undefined;
}

/**
 * Notes each GraphQL request's operation beside its HTTP request (for the access line and the
 * request metrics), and counts each mutation's outcome by its formatted error code (docs/design.md §19).
 * Counting here, after formatError, covers refusals raised before any command ran (validation,
 * scope) with the codes the client saw.
 */
@Plugin()
export class GraphQLOperationPlugin implements ApolloServerPlugin<BaseContext> {
  constructor(private readonly metrics: TrackerMetrics) {}

  async requestDidStart({ contextValue }: GraphQLRequestContext<BaseContext>): Promise<GraphQLRequestListener<BaseContext>> {
    const operation: GraphQLOperation = { rootFields: [] };
    const request = httpRequestOf(contextValue);
    if (request) noteGraphQLOperation(request, operation);
    return {
      didResolveOperation: async (context) => {
        operation.type = context.operation?.operation;
        operation.name = operationNameForLog(context.operationName);
        if (context.operation) operation.rootFields = rootFieldsOf(context.operation, context.document);
      },
      willSendResponse: async ({ response }) => {
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : response.body.initialResult.errors;
        operation.outcome = requestOutcome(errors);
        if (operation.type !== 'mutation') return;
        for (const field of operation.rootFields) this.metrics.countCommand(field.name, fieldOutcome(field.responseKey, errors));
      },
    };
  }
}
