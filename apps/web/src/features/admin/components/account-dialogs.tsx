// An ADMIN's changes to accounts, each one dialog with one form and one mutation (docs/design.md §13).
import { Checkbox, Form, Input } from 'antd';
import type { FormRule } from 'antd';
import { FormDialog } from '../../../components/dialog';
import { Notice } from '../../../components/notice';
import type { AccountsQuery, Role } from '../../../gql/graphql';
import { DISPLAY_NAME_MAX, REASON_MAX, usernameProblem } from '../../../lib/account-rules';
import { requiredText, ruleOf } from '../../../lib/form-rules';
import { ROLES, roleLabel } from '../../../lib/labels';
import { useCreateAccount, useDisableAccount, useEnableAccount, useResetPassword, useUpdateAccount } from '../api/accounts';
import { generateOneTimePassword } from '../one-time-password';
import type { OrgUnitRow } from '../org-tree';
import type { IssuedPassword } from './one-time-password-notice';
import { OrgUnitPicker } from './org-unit-picker';

export type AccountRow = AccountsQuery['accounts'][number];

interface DialogProps {
  readonly open: boolean;
  readonly onClose: () => void;
}

interface GrantValues {
  readonly displayName: string;
  readonly roles: Role[];
  readonly orgUnitIds?: string[];
}

/** Every role but ADMIN acts for org units, so it needs at least one (the server's rule, said before sending). */
const scopeRule: FormRule = ({ getFieldValue }) => ({
  validator: async (_rule, value: unknown) => {
    const roles = (getFieldValue('roles') as Role[] | undefined) ?? [];
    const scoped = roles.filter((role) => role !== 'ADMIN');
    if (scoped.length > 0 && (!Array.isArray(value) || value.length === 0)) throw new Error(`${scoped.map(roleLabel).join('、')}须至少指定一个所属组织`);
  },
});

interface RoleChoiceProps {
  readonly id?: string;
  readonly value?: Role[];
  readonly onChange?: (roles: Role[]) => void;
  readonly 'aria-describedby'?: string;
  readonly 'aria-invalid'?: boolean;
}

/**
 * The roles as checkboxes in a named group. Form.Item hands its control `aria-required`, which a
 * group may not carry (axe: aria-allowed-attr), so only the attributes a group may have are kept.
 */
function RoleChoice({ id, value, onChange, 'aria-describedby': describedBy, 'aria-invalid': invalid }: RoleChoiceProps) {
  return (
    <div id={id} role="group" aria-label="角色" aria-describedby={describedBy} aria-invalid={invalid}>
      <Checkbox.Group<Role> value={value} onChange={onChange} options={ROLES.map((role) => ({ value: role, label: roleLabel(role) }))} />
    </div>
  );
}

/** Name, roles and scope: what is granted, the same for a new account and a change. */
function GrantFields({ units }: { readonly units: readonly OrgUnitRow[] }) {
  return (
    <>
      <Form.Item name="displayName" label="姓名" extra="本人的真实姓名，历史记录中显示为操作人，例如“李四”。" rules={requiredText('姓名', DISPLAY_NAME_MAX)}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="roles" label="角色" rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一个角色' }]}>
        <RoleChoice />
      </Form.Item>
      <Form.Item name="orgUnitIds" label="所属组织" extra="可以办理这些组织及其下属单位的事项。管理员可不选。" dependencies={['roles']} rules={[scopeRule]}>
        <OrgUnitPicker units={units} multiple />
      </Form.Item>
    </>
  );
}

interface CreateValues extends GrantValues {
  readonly username: string;
}

export function CreateAccountDialog({ open, onClose, units, onIssued }: DialogProps & { readonly units: readonly OrgUnitRow[]; readonly onIssued: (issued: IssuedPassword) => void }) {
  const create = useCreateAccount();
  return (
    <FormDialog<CreateValues>
      open={open}
      title="新建账号"
      submitLabel="创建账号"
      fields={['username', 'displayName', 'roles', 'orgUnitIds', 'password']}
      initialValues={{ roles: [], orgUnitIds: [] }}
      onCancel={onClose}
      onDone={onClose}
      intro={<Notice type="info" title="创建后会显示一个一次性密码，请交给本人；本人第一次登录时须改成自己的密码。" />}
      onSubmit={async ({ username, displayName, roles, orgUnitIds }, { idempotencyKey }) => {
        const password = generateOneTimePassword();
        const { createAccount } = await create.mutateAsync({ username: username.trim(), displayName: displayName.trim(), roles, orgUnitIds: orgUnitIds ?? [], password, idempotencyKey });
        onIssued({ username: createAccount.account.username, displayName: createAccount.account.displayName, password, why: 'created' });
      }}
    >
      <Form.Item
        name="username"
        label="登录名"
        extra="本人登录时输入，例如 li.si。只能用英文字母、数字和 . _ -，不区分大小写。"
        rules={[{ required: true, whitespace: true, message: '请填写登录名' }, ruleOf(usernameProblem)]}
      >
        <Input autoComplete="off" autoCapitalize="none" spellCheck={false} />
      </Form.Item>
      <GrantFields units={units} />
    </FormDialog>
  );
}

export function EditAccountDialog({ open, onClose, units, account }: DialogProps & { readonly units: readonly OrgUnitRow[]; readonly account: AccountRow }) {
  const update = useUpdateAccount();
  return (
    <FormDialog<GrantValues>
      open={open}
      title={`修改账号：${account.displayName}（${account.username}）`}
      submitLabel="保存"
      fields={['displayName', 'roles', 'orgUnitIds']}
      initialValues={{ displayName: account.displayName, roles: [...account.roles], orgUnitIds: [...account.orgUnitIds] }}
      onCancel={onClose}
      onDone={onClose}
      intro={<Notice type="info" title="修改在本人下一次操作时立即生效。" />}
      onSubmit={({ displayName, roles, orgUnitIds }) => update.mutateAsync({ id: account.id, displayName: displayName.trim(), roles, orgUnitIds: orgUnitIds ?? [] })}
    >
      <GrantFields units={units} />
    </FormDialog>
  );
}

export function DisableAccountDialog({ open, onClose, account }: DialogProps & { readonly account: AccountRow }) {
  const disable = useDisableAccount();
  return (
    <FormDialog<{ readonly reason: string }>
      open={open}
      title={`停用账号：${account.displayName}（${account.username}）`}
      submitLabel="确认停用"
      danger
      fields={['reason']}
      onCancel={onClose}
      onDone={onClose}
      intro={<Notice type="warning" title="本人的所有登录立即失效" description="停用期间不能登录，以往的记录和历史都会保留。需要时可以再恢复使用。" />}
      onSubmit={({ reason }) => disable.mutateAsync({ id: account.id, reason: reason.trim() })}
    >
      <Form.Item name="reason" label="停用原因" extra="会记入账号的历史，例如“已调离本单位”。" rules={requiredText('停用原因', REASON_MAX)}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormDialog>
  );
}

export function EnableAccountDialog({ open, onClose, account }: DialogProps & { readonly account: AccountRow }) {
  const enable = useEnableAccount();
  return (
    <FormDialog<Record<string, never>>
      open={open}
      title={`恢复使用：${account.displayName}（${account.username}）`}
      submitLabel="恢复使用"
      fields={[]}
      onCancel={onClose}
      onDone={onClose}
      intro={
        <Notice
          type="info"
          title="恢复后本人可以再次登录"
          description="角色、所属组织和密码都与停用前相同；本人如已忘记密码，请在恢复后为其重置密码。"
        />
      }
      onSubmit={() => enable.mutateAsync({ id: account.id })}
    />
  );
}

export function ResetPasswordDialog({ open, onClose, account, onIssued }: DialogProps & { readonly account: AccountRow; readonly onIssued: (issued: IssuedPassword) => void }) {
  const reset = useResetPassword();
  return (
    <FormDialog<Record<string, never>>
      open={open}
      title={`重置密码：${account.displayName}（${account.username}）`}
      submitLabel="重置密码"
      danger
      fields={['newPassword']}
      onCancel={onClose}
      onDone={onClose}
      intro={
        <Notice
          type="warning"
          title="将设置一个新的一次性密码"
          description="本人现有的登录会立即结束，须用新的一次性密码登录，并改成自己的密码。"
        />
      }
      onSubmit={async () => {
        const newPassword = generateOneTimePassword();
        const { resetPassword } = await reset.mutateAsync({ id: account.id, newPassword });
        onIssued({ username: resetPassword.account.username, displayName: resetPassword.account.displayName, password: newPassword, why: 'reset' });
      }}
    />
  );
}
