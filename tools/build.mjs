// `npm run build` (and so `npm start` and `npm run cli`): builds dist/ when it is not current.
import { ensureBuilt } from './lib/built.mjs';

const { compiled } = await ensureBuilt();
console.log(compiled > 0 ? `built ${compiled} files into dist/` : 'dist/ is current');
