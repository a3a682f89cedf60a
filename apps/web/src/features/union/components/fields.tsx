// The form fields the treasurer's dialogs share, each with the rules the server applies.
import { DatePicker, Form, Input, InputNumber } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { requiredText, ruleOf } from '../../../lib/form-rules';
import { amountProblem, normalizeAmount } from '../../../lib/money';

/** A picked date as the api writes it (YYYY-MM-DD, an Asia/Shanghai calendar date). */
export const apiDate = (value: Dayjs): string => value.format('YYYY-MM-DD');
export const pickerDate = (date: string): Dayjs => dayjs(date, 'YYYY-MM-DD');
/** A typed amount as the api takes it: "41,620.5" → "41620.5". */
export const apiAmount = normalizeAmount;

interface FieldProps {
  readonly name: string;
  readonly label: string;
  readonly extra?: ReactNode;
  /** For a correction: the field may stay empty (unchanged). */
  readonly optional?: boolean;
}

export function AmountField({ name, label, extra, optional, maxYuan }: FieldProps & { readonly maxYuan?: number }) {
  return (
    <Form.Item
      name={name}
      label={label}
      extra={extra ?? '单位：元，最多两位小数，例如 5860.00；可以带千位分隔符。'}
      rules={[...(optional ? [] : [{ required: true, whitespace: true, message: `请填写${label}` }]), ruleOf((value) => amountProblem(value, { label, ...(maxYuan === undefined ? {} : { maxYuan }) }))]}
    >
      <Input inputMode="decimal" autoComplete="off" suffix="元" />
    </Form.Item>
  );
}

export function CountField({ name, label, extra, optional }: FieldProps) {
  return (
    <Form.Item
      name={name}
      label={label}
      extra={extra}
      rules={[...(optional ? [] : [{ required: true, message: `请填写${label}` }]), { type: 'integer', min: 1, message: `${label}须为不小于 1 的整数` }]}
    >
      <InputNumber min={1} precision={0} style={{ width: '100%' }} />
    </Form.Item>
  );
}

export function DateField({ name, label, extra, optional }: FieldProps) {
  return (
    <Form.Item name={name} label={label} extra={extra} rules={optional ? [] : [{ required: true, message: `请选择${label}` }]}>
      <DatePicker style={{ width: '100%' }} format="YYYY年M月D日" inputReadOnly={false} />
    </Form.Item>
  );
}

/** A reason kept in the history for good: the form says so, and that it must name no one. */
export function ReasonField({ label, max, example }: { readonly label: string; readonly max: number; readonly example: string }) {
  return (
    <Form.Item name="reason" label={label} extra={`会永久记入历史，不能删除；请勿写入任何人的姓名、身份证号、电话或银行卡号。例如“${example}”。`} rules={requiredText(label, max)}>
      <Input.TextArea rows={3} />
    </Form.Item>
  );
}
