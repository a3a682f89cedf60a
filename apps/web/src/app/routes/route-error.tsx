import { useRouteError } from 'react-router';
import { ErrorNotice } from '../../components/error-notice';

/** A page that failed to load or to render. A missing chunk means the app was updated meanwhile. */
export function RouteError() {
  const error = useRouteError();
  console.error('页面出错', error);
  const outdated = error instanceof TypeError && /dynamically imported module|Importing a module script failed/.test(error.message);
  return outdated ? <ErrorNotice title="系统已更新" advice="系统刚刚更新过，请刷新页面以载入新版本。" /> : <ErrorNotice />;
}
