// 系统管理 administration: the org chart, the 街道 list, accounts, and the projections behind the totals (ADMIN).
import type { PageEntry } from '../../lib/pages';

const ADMIN_GROUP = '系统管理';

export const adminPages: readonly PageEntry[] = [
  { path: '/admin/org-chart', roles: ['ADMIN'], load: () => import('./routes/org-chart'), menu: { label: '组织架构', group: ADMIN_GROUP, order: 10 } },
  { path: '/admin/subdistricts', roles: ['ADMIN'], load: () => import('./routes/subdistricts'), menu: { label: '街道名单', group: ADMIN_GROUP, order: 15 } },
  { path: '/admin/accounts', roles: ['ADMIN'], load: () => import('./routes/accounts'), menu: { label: '账号', group: ADMIN_GROUP, order: 20 } },
  { path: '/admin/projections', roles: ['ADMIN'], load: () => import('./routes/projections'), menu: { label: '数据处理', group: ADMIN_GROUP, order: 30 } },
];
