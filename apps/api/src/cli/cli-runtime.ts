// For CLI commands that need the application (rebuild, demo, …): the same composition as
// `npm start` (config, database, event store, Nest modules), without listening on PORT.
// With the embedded database, a tracker already running on DATA_DIR holds it: the command then
// fails with the DATA_DIR-in-use message; stop the server or set DATABASE_URL.
import type { INestApplication } from '@nestjs/common';
import { createRequire } from 'node:module';
import { type AppConfig, parseConfig } from '../config/app-config';
import { installLogging } from '../observability/logging/tracker-logging';
import { assertEventStoreAvailable } from '../runtime/event-store-factory';
import { Lifetime } from '../runtime/lifetime';
import { resolveDatabase } from '../runtime/resolve-database';

/**
 * The composition root, loaded when a command first starts the app rather than with the CLI: the
 * app's whole module graph weighs some 60 MB, which commands that never start it (backup, restore)
 * should not carry. A plain require, since the build keeps a dynamic import() an ES-module import.
 */
function loadBootstrap(): typeof import('../runtime/bootstrap') {
  return createRequire(__filename)('../runtime/bootstrap') as typeof import('../runtime/bootstrap');
}

export async function withApplication<T>(work: (app: INestApplication, config: AppConfig) => Promise<T>, env: NodeJS.ProcessEnv = process.env): Promise<T> {
  const lifetime = new Lifetime();
  try {
    const config = parseConfig(env);
    installLogging(config);
    assertEventStoreAvailable(config);
    const connectionString = await resolveDatabase(config, lifetime);
    const { createApp } = loadBootstrap();
    const app = await createApp(config, connectionString, lifetime);
    await app.init();
    return await work(app, config);
  } finally {
    await lifetime.close();
  }
}
