// `npm run build` (and `npm start` and `npm run cli`, which run this script directly, one npm
// start-up fewer): builds dist/ when it is not current. Its one line goes to stderr, so that what a
// CLI command prints (a token) is all that stdout carries.
import { ensureBuilt } from './lib/built.mjs';

const { compiled } = await ensureBuilt();
console.error(compiled > 0 ? `built ${compiled} files into dist/` : 'dist/ is current');
