import { createBrowserRouter } from 'react-router';
import { AppLayout } from './layout/app-layout';
import { NotFoundRoute } from './routes/not-found';
import { RouteError } from './routes/route-error';
import { PageLoading } from '../components/page-loading';

/**
 * Every page is its own chunk (`lazy`), so the first load carries the shell and one page. The
 * inner error element keeps the header and menu on screen when a page fails.
 */
export function createRouter() {
  return createBrowserRouter([
    {
      path: '/',
      element: <AppLayout />,
      errorElement: <RouteError />,
      hydrateFallbackElement: <PageLoading />,
      children: [
        {
          errorElement: <RouteError />,
          children: [
            { index: true, lazy: () => import('./routes/home') },
            { path: '*', element: <NotFoundRoute /> },
          ],
        },
      ],
    },
  ]);
}
