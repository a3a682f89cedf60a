// A server refusal, placed by placeServerErrors, shows next to the field it names in an antd Form.
import { Alert, Form, Input, InputNumber } from 'antd';
import { act, render, screen, waitFor } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { placeServerErrors } from '../lib/form-errors';
import { GraphQLRequestError } from '../lib/graphql-client';

const refusal = new GraphQLRequestError('BAD_USER_INPUT', '输入有误', [
  { field: 'personTimes', message: '人次至少为 1' },
  { field: 'charitySales.amount', message: '义卖金额须大于 0' },
  { field: 'organizerId', message: '组织单位已撤销' },
]);

function ActivityForm({ error }: { readonly error: unknown }) {
  const [form] = Form.useForm();
  const [unplaced, setUnplaced] = useState<readonly string[]>([]);
  useEffect(() => {
    const placed = placeServerErrors(error, ['title', 'personTimes', 'charitySales']);
    form.setFields(placed.fields.map((f) => ({ name: [...f.name], errors: [...f.errors] })));
    setUnplaced(placed.unplaced);
  }, [error, form]);
  return (
    <Form form={form}>
      {unplaced.length ? <Alert type="error" title={unplaced.join('；')} /> : null}
      <Form.Item name="title" label="活动名称">
        <Input />
      </Form.Item>
      <Form.Item name="personTimes" label="人次">
        <InputNumber />
      </Form.Item>
      <Form.Item name={['charitySales', 'amount']} label="义卖金额">
        <Input />
      </Form.Item>
    </Form>
  );
}

it('puts each refusal beside its field and the rest above the form', async () => {
  await act(async () => {
    render(<ActivityForm error={refusal} />);
  });
  const personTimes = screen.getByLabelText('人次');
  const amount = screen.getByLabelText('义卖金额');
  await waitFor(() => expect(personTimes.closest('.ant-form-item')?.textContent).toContain('人次至少为 1'));
  expect(amount.closest('.ant-form-item')?.textContent).toContain('义卖金额须大于 0');
  expect(screen.getByLabelText('活动名称').closest('.ant-form-item')?.querySelector('.ant-form-item-explain-error')).toBeNull();
  expect(screen.getByRole('alert').textContent).toContain('组织单位已撤销');
});
