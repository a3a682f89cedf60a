import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const PACKAGE_NAME = 'community-responsibility-tracker';

/**
 * The workspace package.json version. Found by walking up from this file, because the source
 * (apps/api/src) and the build (dist/apps/api/src) sit at different depths.
 */
export function packageVersion(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === PACKAGE_NAME && pkg.version) return pkg.version;
    }
    if (dirname(dir) === dir) throw new Error(`Cannot find the package.json of ${PACKAGE_NAME} above ${from}`);
  }
}
