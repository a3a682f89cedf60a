// The BUILT libraries (dist/, built by run.mjs through tools/lib/built.mjs), with the workspace's
// @tracker/* imports resolved the way `npm start` resolves them.
import { requireBuilt } from '../../tools/lib/built.mjs';

export { ROOT } from '../../tools/lib/built.mjs';

export function loadDist() {
  return {
    eventStore: requireBuilt('libs/event-store/src/index.ts'),
    projections: requireBuilt('libs/projections/src/index.ts'),
    embeddedPostgres: requireBuilt('apps/api/src/runtime/embedded-postgres-server.ts'),
  };
}
