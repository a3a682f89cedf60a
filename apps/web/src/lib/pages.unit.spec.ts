import { mayOpen, menuFor, type PageEntry } from './pages';

const page = (path: string, roles: PageEntry['roles'], menu?: PageEntry['menu']): PageEntry => ({
  path,
  roles,
  load: () => Promise.resolve({ Component: () => null }),
  ...(menu ? { menu } : {}),
});

const PAGES: readonly PageEntry[] = [
  page('/admin/accounts', ['ADMIN'], { label: '账号', group: '系统管理', order: 20 }),
  page('/', 'everyone', { label: '首页', order: 0 }),
  page('/activities', ['RECORDER'], { label: '志愿活动', group: '业务记录', order: 10 }),
  page('/admin/org-chart', ['ADMIN'], { label: '组织架构', group: '系统管理', order: 10 }),
  page('/activities/:id', ['RECORDER']),
  page('/account/password', 'everyone'),
];

describe('who may open a page', () => {
  it('is anyone signed in for everyone’s pages, else any of the roles named', () => {
    expect(mayOpen({ roles: 'everyone' }, [])).toBe(true);
    expect(mayOpen({ roles: ['ADMIN'] }, ['RECORDER', 'COMPILER'])).toBe(false);
    expect(mayOpen({ roles: ['RECORDER', 'ADMIN'] }, ['COMPILER', 'RECORDER'])).toBe(true);
  });
});

describe('the side menu', () => {
  it('lists the pages a person may open: ungrouped first, then each group in its order', () => {
    expect(menuFor(PAGES, ['ADMIN'])).toEqual([
      { group: undefined, entries: [{ path: '/', label: '首页' }] },
      {
        group: '系统管理',
        entries: [
          { path: '/admin/org-chart', label: '组织架构' },
          { path: '/admin/accounts', label: '账号' },
        ],
      },
    ]);
  });

  it('leaves out what the roles do not open, and pages without a menu entry', () => {
    expect(menuFor(PAGES, ['RECORDER'])).toEqual([
      { group: undefined, entries: [{ path: '/', label: '首页' }] },
      { group: '业务记录', entries: [{ path: '/activities', label: '志愿活动' }] },
    ]);
    expect(menuFor(PAGES, ['TREASURER'])).toEqual([{ group: undefined, entries: [{ path: '/', label: '首页' }] }]);
  });
});
