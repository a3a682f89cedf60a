// 报告汇编 compiling the report: the 社区责任 section with the records behind its figures, its
// files, and its published editions (COMPILER, ADMIN).
import type { PageEntry } from '../../lib/pages';

const REPORT_GROUP = '报告汇编';

export const reportPages: readonly PageEntry[] = [
  { path: '/report', roles: ['COMPILER', 'ADMIN'], load: () => import('./routes/section'), menu: { label: '社区责任章节', group: REPORT_GROUP, order: 10 } },
  { path: '/report/editions/:editionId', roles: ['COMPILER', 'ADMIN'], load: () => import('./routes/edition') },
];
