import { Alert, Button, Flex, Typography } from 'antd';
import { Dialog } from '../../../components/dialog';

export interface IssuedPassword {
  readonly username: string;
  readonly displayName: string;
  readonly password: string;
  /** 'created' for a new account, 'reset' for a new one-time password. */
  readonly why: 'created' | 'reset';
}

/**
 * A one-time password, shown to the ADMIN once: the server keeps only its hash, so after this
 * dialog closes nobody can read it again (a new one can be set with 重置密码).
 */
export function OneTimePasswordNotice({ issued, onClose }: { readonly issued: IssuedPassword | undefined; readonly onClose: () => void }) {
  return (
    <Dialog
      open={issued !== undefined}
      title={issued?.why === 'created' ? '账号已创建' : '密码已重置'}
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose}>
          我已记下
        </Button>
      }
    >
      {issued ? (
        <Flex vertical gap={12}>
          <Typography.Paragraph style={{ margin: 0 }}>
            请把登录名和一次性密码当面或通过可靠的方式交给 {issued.displayName}。第一次登录时，系统会要求设置自己的新密码。
          </Typography.Paragraph>
          <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: 'max-content minmax(0, 1fr)', gap: '8px 12px', alignItems: 'center' }}>
            <dt>登录名</dt>
            <dd style={{ margin: 0 }}>
              <Typography.Text code>{issued.username}</Typography.Text>
            </dd>
            <dt>一次性密码</dt>
            <dd style={{ margin: 0 }}>
              <Typography.Text code copyable={{ text: issued.password, tooltips: ['复制', '已复制'] }} style={{ fontSize: 16 }} data-testid="one-time-password">
                {issued.password}
              </Typography.Text>
            </dd>
          </dl>
          <Alert type="warning" showIcon title="这个密码只显示这一次" description="关闭后无法再查看。如果忘记了，请用“重置密码”重新设置。" />
        </Flex>
      ) : null}
    </Dialog>
  );
}
