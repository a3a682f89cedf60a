// Loads the BUILT libraries (npm run build → dist/), resolving the workspace's @tracker/* imports
// the same way `npm start` does (dist/register-paths.js).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export const ROOT = new URL('../..', import.meta.url).pathname;
const require = createRequire(import.meta.url);

export function loadDist() {
  const register = join(ROOT, 'dist', 'register-paths.js');
  if (!existsSync(register)) throw new Error('dist/ is missing: run `npm run build` first (npm run bench does).');
  require(register);
  return {
    eventStore: require(join(ROOT, 'dist/libs/event-store/src/index.js')),
    projections: require(join(ROOT, 'dist/libs/projections/src/index.js')),
  };
}
