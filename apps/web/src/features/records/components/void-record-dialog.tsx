import { Form, Input } from 'antd';
import { FormDialog } from '../../../components/dialog';
import { Notice } from '../../../components/notice';
import { requiredText } from '../../../lib/form-rules';

export const REASON_MAX = 500;

interface VoidRecordDialogProps {
  readonly open: boolean;
  /** What is voided, e.g. 志愿活动“学雷锋志愿服务日”. */
  readonly what: string;
  readonly onVoid: (reason: string) => Promise<unknown>;
  readonly onClose: () => void;
}

/** Voiding with a required reason, after saying what it does: the record leaves every total and stays in the history. */
export function VoidRecordDialog({ open, what, onVoid, onClose }: VoidRecordDialogProps) {
  return (
    <FormDialog<{ readonly reason: string }>
      open={open}
      title={`作废${what}`}
      submitLabel="确认作废"
      danger
      fields={['reason']}
      onCancel={onClose}
      onDone={onClose}
      intro={<Notice type="warning" title="作废后不能恢复" description="这条记录不再计入任何合计，但仍保留在台账（勾选“含已作废”可见）和历史中。" />}
      onSubmit={({ reason }) => onVoid(reason.trim())}
    >
      <Form.Item name="reason" label="作废原因" extra="会记入历史，例如“重复录入”。" rules={requiredText('作废原因', REASON_MAX)}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormDialog>
  );
}
