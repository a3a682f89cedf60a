import { Button, Form, Input } from 'antd';
import { FormProblems } from '../../../components/form-problems';
import { useFormServerErrors } from '../../../hooks/use-form-server-errors';
import { usernameProblem } from '../../../lib/account-rules';
import { ruleOf } from '../../../lib/form-rules';
import { GraphQLRequestError } from '../../../lib/graphql-client';
import { useSignIn } from '../api/session';

interface SignInValues {
  readonly username: string;
  readonly password: string;
}

const FIELDS = ['username', 'password'] as const;
// The server answers a wrong password and an unknown username alike, and a disabled account the
// same way to anyone who does not know its password: the form can only say what it knows.
const NOT_SIGNED_IN = '登录名或密码不正确。如果确认无误仍无法登录，可能是账号已停用，请联系管理员。';

/** Username and password; the session cookie is the server's, this form only sends them. */
export function SignInForm() {
  const [form] = Form.useForm<SignInValues>();
  const errors = useFormServerErrors(form, FIELDS);
  const signIn = useSignIn();

  const submit = ({ username, password }: SignInValues) => {
    errors.clear();
    signIn.mutate(
      { username: username.trim(), password },
      {
        onError: (error) => {
          if (error instanceof GraphQLRequestError && error.code === 'UNAUTHENTICATED') {
            errors.say(NOT_SIGNED_IN);
            form.setFieldValue('password', '');
            form.focusField('password');
            return;
          }
          errors.show(error);
        },
      },
    );
  };

  return (
    <Form<SignInValues> form={form} layout="vertical" onFinish={submit} requiredMark={false}>
      <FormProblems problems={errors.problems} />
      <Form.Item name="username" label="登录名" rules={[{ required: true, whitespace: true, message: '请填写登录名' }, ruleOf(usernameProblem)]}>
        <Input autoComplete="username" autoCapitalize="none" spellCheck={false} />
      </Form.Item>
      <Form.Item name="password" label="密码" rules={[{ required: true, message: '请填写密码' }]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={signIn.isPending} aria-busy={signIn.isPending}>
        登录
      </Button>
    </Form>
  );
}
