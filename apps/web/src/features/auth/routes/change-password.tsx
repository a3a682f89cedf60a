// 修改密码: a signed-in person replaces their password; their other sessions end, this one goes on.
import { App, Card, Flex } from 'antd';
import { PageHeader } from '../../../components/page-header';
import { PageLoading } from '../../../components/page-loading';
import { useMe } from '../api/session';
import { PasswordChangeForm } from '../components/password-change-form';

export function ChangePasswordRoute() {
  const me = useMe();
  const { message } = App.useApp();
  return (
    <Flex vertical gap={16}>
      <PageHeader title="修改密码" description="修改后，您在其他电脑或手机上的登录会结束，这里保持登录。" />
      <Card>
        {me.data ? (
          <PasswordChangeForm username={me.data.username} currentLabel="当前密码" submitLabel="修改密码" onChanged={() => void message.success('密码已修改')} />
        ) : (
          <PageLoading />
        )}
      </Card>
    </Flex>
  );
}

export { ChangePasswordRoute as Component };
