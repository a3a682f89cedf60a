// TEMPORARY shim: @nestjs/apollo 13 serves Apollo Server 5 on Express through the
// `@as-integrations/express5` package, which is not installed in this workspace (and we may not
// add packages here). This is that package's `expressMiddleware`, reduced to what Nest uses.
// Delete this file and tracker-apollo.driver.ts once `@as-integrations/express5` is a dependency.
import { type ApolloServer, type BaseContext, type HTTPGraphQLRequest, HeaderMap } from '@apollo/server';
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface ExpressLikeRequest extends IncomingMessage {
  body?: unknown;
  originalUrl?: string;
}
export type ExpressLikeResponse = ServerResponse;
export type ExpressLikeHandler = (req: ExpressLikeRequest, res: ExpressLikeResponse, next: (error?: unknown) => void) => void;
export type ContextFunction<TContext> = (args: { req: ExpressLikeRequest; res: ExpressLikeResponse }) => Promise<TContext>;

export function expressMiddleware<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  options: { context?: ContextFunction<TContext> } = {},
): ExpressLikeHandler {
  server.assertStarted('expressMiddleware()');
  const context: ContextFunction<TContext> = options.context ?? (async () => ({}) as TContext);
  return (req, res, next) => {
    void (async () => {
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const url = req.url ?? '';
      const query = url.indexOf('?');
      const httpGraphQLRequest: HTTPGraphQLRequest = {
        method: (req.method ?? 'GET').toUpperCase(),
        headers,
        search: query >= 0 ? url.slice(query) : '',
        body: req.body,
      };
      const response = await server.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: () => context({ req, res }) });
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === 'complete') {
        res.end(response.body.string);
        return;
      }
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    })().catch(next);
  };
}
