// 工会财务 the union's treasurer: 爱心一日捐 campaigns with their donations and imports, and 帮困 relief.
import type { PageEntry } from '../../lib/pages';

const UNION_GROUP = '工会财务';
const WHO = ['TREASURER', 'ADMIN'] as const;

export const unionPages: readonly PageEntry[] = [
  { path: '/union/campaigns', roles: WHO, load: () => import('./routes/campaigns'), menu: { label: '爱心一日捐', group: UNION_GROUP, order: 10 } },
  { path: '/union/campaigns/:id', roles: WHO, load: () => import('./routes/campaign') },
  { path: '/union/relief', roles: WHO, load: () => import('./routes/relief'), menu: { label: '帮困', group: UNION_GROUP, order: 20 } },
];
