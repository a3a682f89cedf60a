// The web app (apps/web), served by the api process at `/` (docs/design.md §18). Plain middleware, ahead
// of the routes and outside the auth guard: the pages themselves are public, every request they
// make to the api carries the person's credentials like any other.
import { type DynamicModule, Inject, Logger, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { defaultWebDirectory, loadWebBundle, type WebBundle } from './web-bundle';
import { webAppHandler } from './web-app.middleware';

const WEB_BUNDLE = Symbol('WEB_BUNDLE');

@Module({})
export class WebModule implements NestModule {
  private readonly logger = new Logger('WebApp');

  constructor(@Inject(WEB_BUNDLE) private readonly bundle: WebBundle | null) {}

  /** `directory`: the built web app; by default dist/web, where tools/build-web.mjs writes it. */
  static forRoot(directory: string = defaultWebDirectory()): DynamicModule {
    return { module: WebModule, providers: [{ provide: WEB_BUNDLE, useFactory: () => loadWebBundle(directory) }] };
  }

  configure(consumer: MiddlewareConsumer): void {
    if (!this.bundle) this.logger.warn('网页应用尚未构建（没有 dist/web/index.html）：打开 / 可看到构建方法；npm start 会先构建它');
    consumer.apply(webAppHandler(this.bundle)).forRoutes('{*path}');
  }
}
