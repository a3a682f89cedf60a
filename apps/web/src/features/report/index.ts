// 报告汇编 compiling the report: the 社区责任 section with the records behind its figures, its
// files, and its published editions (COMPILER, ADMIN).
import type { PageEntry } from '../../lib/pages';

const REPORT_GROUP = '报告汇编';

/** Where 首页 links to: the section; editionPath gives one edition's page. */
export const REPORT_SECTION_PATH = '/report';

export const reportPages: readonly PageEntry[] = [
  { path: REPORT_SECTION_PATH, roles: ['COMPILER', 'ADMIN'], load: () => import('./routes/section'), menu: { label: '社区责任章节', group: REPORT_GROUP, order: 10 } },
  { path: '/report/editions/:editionId', roles: ['COMPILER', 'ADMIN'], load: () => import('./routes/edition') },
];

export { editionPath } from './edition-id';
