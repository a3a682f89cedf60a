// The sign-in form: the server's rules before sending, and each refusal said in Chinese where it belongs.
import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AppProviders } from '../../../app/providers';
import { ME_KEY } from '../api/session';
import { SignInForm } from './sign-in-form';

const realFetch = globalThis.fetch;
let answer: unknown;
let sent: { variables: { input: { username: string; password: string } } }[];
beforeEach(() => {
  sent = [];
  globalThis.fetch = (async (_url: string, init: RequestInit) => {
    sent.push(JSON.parse(String(init.body)) as (typeof sent)[number]);
    return { json: async () => answer } as Response;
  }) as typeof fetch;
});
afterEach(() => {
  globalThis.fetch = realFetch;
});

let client: QueryClient | undefined;
function CaptureClient() {
  client = useQueryClient();
  return null;
}

function renderForm(): QueryClient {
  render(
    <AppProviders>
      <CaptureClient />
      <SignInForm />
    </AppProviders>,
  );
  if (!client) throw new Error('no query client');
  return client;
}

async function submit(username: string, password: string) {
  fireEvent.change(screen.getByLabelText('登录名'), { target: { value: username } });
  fireEvent.change(screen.getByLabelText('密码'), { target: { value: password } });
  await act(async () => fireEvent.click(screen.getByRole('button', { name: '登录' })));
}

it('says what is missing before sending anything', async () => {
  renderForm();
  await act(async () => fireEvent.click(screen.getByRole('button', { name: '登录' })));
  expect(await screen.findByText('请填写登录名')).toBeTruthy();
  expect(screen.getByText('请填写密码')).toBeTruthy();
  expect(sent).toEqual([]);
});

it('answers a wrong password as the server does an unknown username, and clears the password for the next try', async () => {
  answer = { data: null, errors: [{ message: '登录名或密码不正确', extensions: { code: 'UNAUTHENTICATED' } }] };
  renderForm();
  await submit(' li.si ', 'not-my-password');
  expect((await screen.findByRole('alert')).textContent).toBe('登录名或密码不正确。如果确认无误仍无法登录，可能是账号已停用，请联系管理员。');
  expect(sent[0]?.variables.input).toEqual({ username: 'li.si', password: 'not-my-password' });
  await waitFor(() => expect((screen.getByLabelText('密码') as HTMLInputElement).value).toBe(''));
  expect((screen.getByLabelText('登录名') as HTMLInputElement).value).toBe(' li.si ');
});

it('says until when sign-in is locked, in the server’s words', async () => {
  answer = { data: null, errors: [{ message: '登录失败次数过多，已暂停登录，请于 3月5日 15:42 之后再试', extensions: { code: 'TOO_MANY_ATTEMPTS' } }] };
  renderForm();
  await submit('li.si', 'not-my-password');
  expect((await screen.findByRole('alert')).textContent).toBe('登录失败次数过多，已暂停登录，请于 3月5日 15:42 之后再试');
});

it('keeps the account it signed in as, for the guards to read', async () => {
  const account = { id: 'a1', username: 'li.si', displayName: '李四', roles: ['RECORDER'], orgUnitIds: ['u1'], mustChangePassword: true };
  answer = { data: { signIn: { expiresAt: '2024-01-15T18:00:00+08:00', account } } };
  const client = renderForm();
  await submit('li.si', 'one-time-password');
  await waitFor(() => expect(client.getQueryData(ME_KEY)).toEqual(account));
  expect(screen.queryByRole('alert')).toBeNull();
});
