// FormDialog: one form, one submit; the server's refusal on its field, and an idempotency key that
// stays the same for every try within one opening and is new for the next.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Form, Input } from 'antd';
import { useState } from 'react';
import { AppProviders } from '../app/providers';
import { GraphQLRequestError } from '../lib/graphql-client';
import { FormDialog } from './dialog';

function Harness({ submit }: { readonly submit: (values: { name: string }, key: string) => Promise<string> }) {
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string>();
  return (
    <AppProviders>
      <button type="button" onClick={() => setOpen(true)}>
        打开
      </button>
      {done ? <p>{`已保存：${done}`}</p> : null}
      <FormDialog<{ name: string }, string>
        open={open}
        title="新建组织"
        submitLabel="新建"
        fields={['name']}
        onCancel={() => setOpen(false)}
        onDone={(result) => {
          setDone(result);
          setOpen(false);
        }}
        onSubmit={(values, { idempotencyKey }) => submit(values, idempotencyKey)}
      >
        <Form.Item name="name" label="组织名称" rules={[{ required: true, message: '请填写组织名称' }]}>
          <Input />
        </Form.Item>
      </FormDialog>
    </AppProviders>
  );
}

it('puts the refusal on its field, keeps the key across tries, and makes a new one for the next opening', async () => {
  const keys: string[] = [];
  const submit = jest.fn(async ({ name }: { name: string }, key: string) => {
    keys.push(key);
    if (keys.length === 1) throw new GraphQLRequestError('BAD_USER_INPUT', '输入有误', [{ field: 'input.name', message: '组织名称不能超过 100 个字' }]);
    if (keys.length === 2) throw new GraphQLRequestError('NETWORK_ERROR', undefined);
    return name;
  });
  render(<Harness submit={submit} />);
  fireEvent.click(screen.getByRole('button', { name: '打开' }));
  const dialog = await screen.findByRole('dialog');

  await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: '新建' })));
  expect(await within(dialog).findByText('请填写组织名称')).toBeTruthy();
  expect(submit).not.toHaveBeenCalled();

  fireEvent.change(within(dialog).getByLabelText('组织名称'), { target: { value: '康健支局' } });
  await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: '新建' })));
  await waitFor(() => expect(within(dialog).getByLabelText('组织名称').closest('.ant-form-item')?.textContent).toContain('组织名称不能超过 100 个字'));

  await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: '新建' })));
  expect((await within(dialog).findByRole('alert')).textContent).toContain('无法连接服务器');

  await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: '新建' })));
  expect(await screen.findByText('已保存：康健支局')).toBeTruthy();
  expect(new Set(keys).size).toBe(1);

  fireEvent.click(screen.getByRole('button', { name: '打开' }));
  const again = await screen.findByRole('dialog');
  fireEvent.change(within(again).getByLabelText('组织名称'), { target: { value: '衡复支局' } });
  await act(async () => fireEvent.click(within(again).getByRole('button', { name: '新建' })));
  await waitFor(() => expect(keys).toHaveLength(4));
  expect(keys[3]).not.toBe(keys[0]);
});
