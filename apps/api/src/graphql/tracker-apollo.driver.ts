// TEMPORARY (see express-apollo-middleware.ts): the ApolloDriver with its Express registration
// redone on our shim instead of `@as-integrations/express5`. Everything else is Nest's driver.
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { Server } from 'node:http';
import { type ContextFunction, type ExpressLikeHandler, expressMiddleware } from './express-apollo-middleware';

interface ExpressLikeApp {
  use(path: string, handler: ExpressLikeHandler): void;
}

export class TrackerApolloDriver extends ApolloDriver {
  protected override async registerExpress(options: ApolloDriverConfig, { preStartHook }: { preStartHook?: () => void } = {}): Promise<void> {
    const httpAdapter = this.httpAdapterHost.httpAdapter;
    const app = httpAdapter.getInstance<ExpressLikeApp>();
    const path = options.path ?? '/graphql';
    // As Nest's driver does: body-parser leaves req.body unset for an empty payload.
    app.use(path, (req, _res, next) => {
      req.body = req.body ?? {};
      next();
    });
    preStartHook?.();
    const drain = ApolloServerPluginDrainHttpServer({ httpServer: httpAdapter.getHttpServer() as Server });
    // Boundary: Nest's options are Apollo's constructor options plus Nest-only keys, which Apollo ignores.
    const server = new ApolloServer({ ...(options as object), plugins: [...(options.plugins ?? []), drain] } as ConstructorParameters<typeof ApolloServer>[0]);
    await server.start();
    app.use(path, expressMiddleware(server, { context: options.context as ContextFunction<object> | undefined }));
    this.apolloServer = server;
  }
}
