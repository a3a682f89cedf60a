// The first sign-in with a one-time password (or after a reset): a password of one's own comes
// before anything else, since until then the server refuses everything else.
import { Button } from 'antd';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { Notice } from '../../../components/notice';
import { PageLoading } from '../../../components/page-loading';
import { useMe, useSignOut } from '../api/session';
import { AuthCard } from '../components/auth-card';
import { PasswordChangeForm } from '../components/password-change-form';
import { safeFrom, SIGN_IN_PATH, signInPath } from '../session-paths';

export function ForcedPasswordChangeRoute() {
  const [search] = useSearchParams();
  const from = safeFrom(search.get('from'));
  const me = useMe();
  const navigate = useNavigate();
  const signOut = useSignOut();
  if (me.isPending) return <PageLoading />;
  if (!me.data) return <Navigate to={signInPath({ from })} replace />;
  if (!me.data.mustChangePassword) return <Navigate to={from} replace />;
  return (
    <AuthCard title="设置新密码">
      <Notice
        type="info"
        title={`${me.data.displayName}，您好`}
        description="您现在用的是管理员给的一次性密码。请先设置一个只有您自己知道的新密码，然后就可以开始使用了。"
      />
      <PasswordChangeForm username={me.data.username} currentLabel="一次性密码" submitLabel="设置新密码" onChanged={() => void navigate(from, { replace: true })} />
      <Button type="link" style={{ paddingInline: 0, marginTop: 8 }} onClick={() => signOut.mutate(undefined, { onSettled: () => void navigate(SIGN_IN_PATH, { replace: true }) })}>
        退出，换一个账号登录
      </Button>
    </AuthCard>
  );
}

export { ForcedPasswordChangeRoute as Component };
