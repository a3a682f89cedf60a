// 账号 accounts: who may sign in, in which roles, for which units (ADMIN).
import { PlusOutlined } from '@ant-design/icons';
import { Badge, Button, Flex, Tag } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../../components/page-header';
import { RequestError } from '../../../components/request-error';
import { type ListColumn, ResponsiveList } from '../../../components/responsive-list';
import { roleLabel } from '../../../lib/labels';
import { useAccounts } from '../api/accounts';
import { useOrgChart } from '../api/org-chart';
import { type AccountRow, CreateAccountDialog, DisableAccountDialog, EditAccountDialog, EnableAccountDialog, ResetPasswordDialog } from '../components/account-dialogs';
import { type IssuedPassword, OneTimePasswordNotice } from '../components/one-time-password-notice';
import { namesById } from '../org-tree';

type OpenDialog = { readonly kind: 'create' } | { readonly kind: 'edit' | 'disable' | 'enable' | 'reset'; readonly account: AccountRow } | undefined;

function scopeOf(account: AccountRow, names: ReadonlyMap<string, string>): string {
  if (account.orgUnitIds.length === 0) return account.roles.includes('ADMIN') ? '全部组织' : '未指定';
  return account.orgUnitIds.map((id) => names.get(id) ?? '（未知组织）').join('、');
}

function stateOf(account: AccountRow) {
  if (account.disabled) return <Badge status="default" text="已停用" />;
  if (account.mustChangePassword) return <Badge status="warning" text="待本人设置密码" />;
  return <Badge status="success" text="在用" />;
}

export function AccountsRoute() {
  const accounts = useAccounts();
  const chart = useOrgChart();
  const units = chart.data?.orgUnits ?? [];
  const names = namesById(units);
  const [dialog, setDialog] = useState<OpenDialog>();
  const [issued, setIssued] = useState<IssuedPassword>();
  const close = () => setDialog(undefined);

  const columns: ListColumn<AccountRow>[] = [
    { key: 'username', title: '登录名', render: (account) => account.username },
    { key: 'displayName', title: '姓名', render: (account) => account.displayName },
    {
      key: 'roles',
      title: '角色',
      render: (account) => (
        <Flex gap={4} wrap>
          {account.roles.map((role) => (
            <Tag key={role} bordered={false} style={{ marginInlineEnd: 0 }}>
              {roleLabel(role)}
            </Tag>
          ))}
        </Flex>
      ),
    },
    { key: 'scope', title: '所属组织', render: (account) => scopeOf(account, names) },
    { key: 'state', title: '状态', render: stateOf },
  ];

  return (
    <Flex vertical gap={16}>
      <PageHeader
        title="账号"
        description="为使用系统的人开设账号，分配角色和所属组织。修改、停用、恢复和重置密码都在本人下一次操作时立即生效，并记入历史。"
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setDialog({ kind: 'create' })} disabled={!chart.data}>
            新建账号
          </Button>
        }
      />
      {accounts.isError ? <RequestError error={accounts.error} onRetry={() => void accounts.refetch()} /> : null}
      {chart.isError ? <RequestError error={chart.error} onRetry={() => void chart.refetch()} /> : null}
      <ResponsiveList<AccountRow>
        label="账号列表"
        rows={accounts.data?.accounts}
        rowKey={(account) => account.id}
        columns={columns}
        loading={accounts.isPending}
        emptyText="还没有账号"
        cardTitle={(account) => `${account.displayName}（${account.username}）`}
        actions={(account) =>
          account.disabled ? (
            <Button size="small" onClick={() => setDialog({ kind: 'enable', account })} aria-label={`恢复使用 ${account.username}`}>
              恢复使用
            </Button>
          ) : (
            <>
              <Button size="small" onClick={() => setDialog({ kind: 'edit', account })} aria-label={`修改 ${account.username}`}>
                修改
              </Button>
              <Button size="small" onClick={() => setDialog({ kind: 'reset', account })} aria-label={`重置 ${account.username} 的密码`}>
                重置密码
              </Button>
              <Button size="small" danger onClick={() => setDialog({ kind: 'disable', account })} aria-label={`停用 ${account.username}`}>
                停用
              </Button>
            </>
          )
        }
      />
      <CreateAccountDialog open={dialog?.kind === 'create'} onClose={close} units={units} onIssued={setIssued} />
      {dialog && dialog.kind !== 'create' ? (
        <>
          <EditAccountDialog open={dialog.kind === 'edit'} onClose={close} units={units} account={dialog.account} />
          <ResetPasswordDialog open={dialog.kind === 'reset'} onClose={close} account={dialog.account} onIssued={setIssued} />
          <DisableAccountDialog open={dialog.kind === 'disable'} onClose={close} account={dialog.account} />
          <EnableAccountDialog open={dialog.kind === 'enable'} onClose={close} account={dialog.account} />
        </>
      ) : null}
      <OneTimePasswordNotice issued={issued} onClose={() => setIssued(undefined)} />
    </Flex>
  );
}

export { AccountsRoute as Component };
