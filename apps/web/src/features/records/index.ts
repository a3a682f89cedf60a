// 业务记录 the recorder's pages: the ledgers of the kinds a RECORDER keeps, a form for each, and each
// record's own page with its history, correct and void (docs/design.md §14, issue 17).
import type { PageEntry } from '../../lib/pages';

const RECORDS_GROUP = '业务记录';
const RECORDERS = ['RECORDER', 'ADMIN'] as const;

export const recordPages: readonly PageEntry[] = [
  { path: '/records/activities', roles: RECORDERS, load: () => import('./routes/activities'), menu: { label: '志愿活动', group: RECORDS_GROUP, order: 10 } },
  { path: '/records/activities/new', roles: RECORDERS, load: () => import('./routes/activity-new') },
  { path: '/records/activities/:id', roles: RECORDERS, load: () => import('./routes/activity') },
  { path: '/records/agreements', roles: RECORDERS, load: () => import('./routes/agreements'), menu: { label: '党建翼联', group: RECORDS_GROUP, order: 20 } },
  { path: '/records/agreements/new', roles: RECORDERS, load: () => import('./routes/agreement-new') },
  { path: '/records/agreements/:id', roles: RECORDERS, load: () => import('./routes/agreement') },
  { path: '/records/exam-shifts', roles: RECORDERS, load: () => import('./routes/exam-shifts'), menu: { label: '考务哨兵', group: RECORDS_GROUP, order: 30 } },
  { path: '/records/exam-shifts/new', roles: RECORDERS, load: () => import('./routes/exam-shift-new') },
  { path: '/records/exam-shifts/:id', roles: RECORDERS, load: () => import('./routes/exam-shift') },
  { path: '/records/booths', roles: RECORDERS, load: () => import('./routes/booths'), menu: { label: 'Hello老友亭', group: RECORDS_GROUP, order: 40 } },
  { path: '/records/booths/new', roles: RECORDERS, load: () => import('./routes/booth-new') },
  { path: '/records/booths/:id', roles: RECORDERS, load: () => import('./routes/booth') },
];
