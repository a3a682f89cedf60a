import { DownOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, Flex, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useIsPhone } from '../../../hooks/use-is-phone';
import { roleLabel } from '../../../lib/labels';
import { type SessionAccount, useScopeNames, useSignOut } from '../api/session';
import { PASSWORD_PAGE_PATH } from '../session-paths';

/** The org units an account acts for, by name; an ADMIN without any acts for all. */
export function scopeText(account: Pick<SessionAccount, 'roles' | 'orgUnitIds'>, names: ReadonlyMap<string, string> | undefined): string {
  if (account.orgUnitIds.length === 0) return account.roles.includes('ADMIN') ? '全部组织' : '未指定组织';
  if (!names) return '…';
  return account.orgUnitIds.map((id) => names.get(id) ?? '已不在您权限内的组织').join('、');
}

/**
 * The header's account area: who is signed in, in which roles and for which units, and the way
 * to 修改密码 and 退出. On a phone the name, roles and scope sit in the menu behind one button.
 */
export function AccountMenu({ account }: { readonly account: SessionAccount }) {
  const phone = useIsPhone();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const names = useScopeNames(!account.mustChangePassword);
  const roles = account.roles.map(roleLabel).join('、');
  const scope = scopeText(account, names.data);

  // With the session gone, RequireSession sends the browser to the sign-in page.
  const signOutNow = () => signOut.mutate();
  const items = [
    ...(phone
      ? [{ key: 'who', type: 'group' as const, label: <AccountSummary name={account.displayName} roles={roles} scope={scope} /> }, { type: 'divider' as const }]
      : []),
    { key: 'password', label: '修改密码', onClick: () => void navigate(PASSWORD_PAGE_PATH) },
    { key: 'sign-out', label: '退出', danger: true, onClick: signOutNow },
  ];

  return (
    <Flex align="center" gap={8} style={{ minWidth: 0 }}>
      {phone ? null : (
        <Flex align="center" gap={6} style={{ minWidth: 0 }}>
          {account.roles.map((role) => (
            <Tag key={role} color="red" bordered={false} style={{ marginInlineEnd: 0 }}>
              {roleLabel(role)}
            </Tag>
          ))}
          <Typography.Text type="secondary" ellipsis={{ tooltip: scope }} style={{ maxWidth: 220 }}>
            {scope}
          </Typography.Text>
        </Flex>
      )}
      <Dropdown menu={{ items }} trigger={['click']} placement="bottomRight">
        <Button type="text" icon={<UserOutlined />} aria-label={`账号：${account.displayName}`} loading={signOut.isPending}>
          {phone ? null : (
            <>
              {account.displayName} <DownOutlined aria-hidden style={{ fontSize: 10 }} />
            </>
          )}
        </Button>
      </Dropdown>
    </Flex>
  );
}

function AccountSummary({ name, roles, scope }: { readonly name: string; readonly roles: string; readonly scope: string }) {
  return (
    <Flex vertical style={{ maxWidth: 260, whiteSpace: 'normal' }}>
      <Typography.Text strong>{name}</Typography.Text>
      <Typography.Text type="secondary">角色：{roles}</Typography.Text>
      <Typography.Text type="secondary">组织：{scope}</Typography.Text>
    </Flex>
  );
}
