// THE registration point for pages: each feature exports its PageEntry list (its routes, who may
// open them, their menu entries) and this list puts them together. To add a feature's pages, add
// its list here; the router, the guards and the menu follow.
import { adminPages } from '../features/admin';
import { authPages } from '../features/auth';
import { reportPages } from '../features/report';
import { recordPages } from '../features/records';
import { unionPages } from '../features/union';
import type { PageEntry } from '../lib/pages';

const appPages: readonly PageEntry[] = [{ path: '/', roles: 'everyone', load: () => import('./routes/index'), menu: { label: '首页', order: 0 } }];

export const PAGES: readonly PageEntry[] = [...appPages, ...authPages, ...recordPages, ...unionPages, ...reportPages, ...adminPages];
