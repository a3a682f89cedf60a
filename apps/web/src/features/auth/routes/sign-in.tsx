// 登录 sign-in: the only page a person sees before signing in.
import { Alert } from 'antd';
import { Navigate, useSearchParams } from 'react-router';
import { PageLoading } from '../../../components/page-loading';
import { useMe } from '../api/session';
import { AuthCard } from '../components/auth-card';
import { SignInForm } from '../components/sign-in-form';
import { forcedChangePath, safeFrom } from '../session-paths';

export function SignInRoute() {
  const [search] = useSearchParams();
  const from = safeFrom(search.get('from'));
  const me = useMe();
  // Signed in (just now, or still): on to the page the person came from, or first to a password of their own.
  if (me.data) return <Navigate to={me.data.mustChangePassword ? forcedChangePath(from) : from} replace />;
  return (
    <AuthCard title="登录">
      {me.isPending ? (
        <PageLoading />
      ) : (
        <>
          {search.get('expired') === '1' ? (
            <Alert
              type="warning"
              showIcon
              role="status"
              style={{ marginBottom: 16 }}
              title="登录已失效，请重新登录"
              description={`可能是长时间没有操作、已在别处退出，或账号已被管理员调整。${from === '/' ? '' : '登录后将回到刚才的页面。'}`}
            />
          ) : null}
          <SignInForm />
        </>
      )}
    </AuthCard>
  );
}

export { SignInRoute as Component };
