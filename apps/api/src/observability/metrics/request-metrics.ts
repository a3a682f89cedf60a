import type { IncomingMessage, ServerResponse } from 'node:http';
import { type GraphQLOperation, graphQLOperationOf } from '../graphql/graphql-operation';
import { routePatternOf } from '../http-request';
import type { RequestLabels, TrackerMetrics } from './tracker-metrics';

/**
 * The labels of one request: a GraphQL request by its root field (its only one, else
 * `(several)`), a plain one by its route pattern; anything no route answered (a static file, an
 * unknown path) is `(other)`, so that probing random paths cannot add series.
 */
export function requestLabels(request: { readonly graphql?: GraphQLOperation; readonly route?: string; readonly status: number }): RequestLabels {
  const { graphql } = request;
  if (graphql) {
    const [only, ...more] = graphql.rootFields;
    return {
      operation: only === undefined ? '(none)' : more.length > 0 ? '(several)' : only.name,
      type: graphql.type ?? 'graphql',
      outcome: graphql.outcome ?? String(request.status),
    };
  }
  return { operation: request.route ?? '(other)', type: 'http', outcome: String(request.status) };
}

/** Express middleware: times every request and records it once its response is done. */
export function requestMetrics(metrics: TrackerMetrics): (request: IncomingMessage, response: ServerResponse, next: () => void) => void {
  return (request, response, next) => {
    const started = process.hrtime.bigint();
    let recorded = false;
    const record = () => {
      if (recorded) return;
      recorded = true;
      const labels = requestLabels({ graphql: graphQLOperationOf(request), route: routePatternOf(request), status: response.statusCode });
      metrics.observeRequest(labels, Number(process.hrtime.bigint() - started) / 1e9);
    };
    response.once('finish', record);
    response.once('close', record);
    next();
  };
}
