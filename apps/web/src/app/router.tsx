import { createBrowserRouter, Outlet, type RouteObject } from 'react-router';
import { PageLoading } from '../components/page-loading';
import { FORCED_CHANGE_PATH, loadForcedPasswordChange, loadSignIn, SIGN_IN_PATH, useMe } from '../features/auth';
import { mayOpen, type PageEntry } from '../lib/pages';
import { SignedInShell } from './layout/signed-in-shell';
import { PAGES } from './pages';
import { NoPermission } from './routes/no-permission';
import { NotFoundRoute } from './routes/not-found';
import { RouteError } from './routes/route-error';
import { RequireSession } from './session/require-session';

/** A page opens for the roles it names; its code loads only then. */
function PageGuard({ page }: { readonly page: PageEntry }) {
  const roles = useMe().data?.roles ?? [];
  return mayOpen(page, roles) ? <Outlet /> : <NoPermission roles={roles} />;
}

function routeOf(page: PageEntry): RouteObject {
  const child: RouteObject = { index: true, lazy: page.load };
  return page.path === '/' ? { element: <PageGuard page={page} />, children: [child] } : { path: page.path.slice(1), element: <PageGuard page={page} />, children: [child] };
}

/**
 * Every page is its own chunk (`lazy`), so the first load carries the shell and one page. The
 * inner error element keeps the header and menu on screen when a page fails. The sign-in and the
 * first password change stand outside the shell: there is no menu to offer before them.
 */
export function createRouter(pages: readonly PageEntry[] = PAGES) {
  return createBrowserRouter([
    { path: SIGN_IN_PATH, lazy: loadSignIn, errorElement: <RouteError />, hydrateFallbackElement: <PageLoading /> },
    { path: FORCED_CHANGE_PATH, lazy: loadForcedPasswordChange, errorElement: <RouteError />, hydrateFallbackElement: <PageLoading /> },
    {
      path: '/',
      element: <RequireSession>{(account) => <SignedInShell account={account} pages={pages} />}</RequireSession>,
      errorElement: <RouteError />,
      hydrateFallbackElement: <PageLoading />,
      children: [{ errorElement: <RouteError />, children: [...pages.map(routeOf), { path: '*', element: <NotFoundRoute /> }] }],
    },
  ]);
}
