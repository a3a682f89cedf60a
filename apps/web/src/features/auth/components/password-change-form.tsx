import { Button, Form, Input } from 'antd';
import { FormProblems } from '../../../components/form-problems';
import { useFormServerErrors } from '../../../hooks/use-form-server-errors';
import { newPasswordProblem, PASSWORD_MIN } from '../../../lib/account-rules';
import { ruleOf } from '../../../lib/form-rules';
import { useChangePassword } from '../api/session';

interface PasswordValues {
  readonly currentPassword: string;
  readonly newPassword: string;
  readonly confirmation: string;
}

const FIELDS = ['currentPassword', 'newPassword'] as const;

interface PasswordChangeFormProps {
  /** The login, which a new password may not contain. */
  readonly username: string;
  /** What the current password is called: 一次性密码 at the first sign-in. */
  readonly currentLabel: string;
  readonly submitLabel: string;
  readonly onChanged: () => void;
}

/** The current password, the new one twice. The server checks the current one and what it alone knows (common passwords). */
export function PasswordChangeForm({ username, currentLabel, submitLabel, onChanged }: PasswordChangeFormProps) {
  const [form] = Form.useForm<PasswordValues>();
  const errors = useFormServerErrors(form, FIELDS);
  const change = useChangePassword();

  const submit = ({ currentPassword, newPassword }: PasswordValues) => {
    errors.clear();
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          form.resetFields();
          onChanged();
        },
        onError: errors.show,
      },
    );
  };

  return (
    <Form<PasswordValues> form={form} layout="vertical" onFinish={submit} style={{ maxWidth: 400 }}>
      <FormProblems problems={errors.problems} />
      {/* Lets a password manager file the new password under the right login. */}
      <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
      <Form.Item name="currentPassword" label={currentLabel} rules={[{ required: true, message: `请填写${currentLabel}` }]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label="新密码"
        extra={`至少 ${PASSWORD_MIN} 个字符，不能包含登录名，不要用常见密码。`}
        dependencies={['currentPassword']}
        rules={[
          { required: true, message: '请填写新密码' },
          ruleOf((value) => newPasswordProblem(value, username)),
          ({ getFieldValue }) => ({
            validator: async (_rule, value: unknown) => {
              if (value && value === getFieldValue('currentPassword')) throw new Error(`新密码不能与${currentLabel}相同`);
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmation"
        label="再次输入新密码"
        dependencies={['newPassword']}
        rules={[
          { required: true, message: '请再次输入新密码' },
          ({ getFieldValue }) => ({
            validator: async (_rule, value: unknown) => {
              if (value && value !== getFieldValue('newPassword')) throw new Error('两次输入的新密码不一致');
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={change.isPending}>
        {submitLabel}
      </Button>
    </Form>
  );
}
