import { Form, Input } from 'antd';
import { FormDialog } from '../../../components/dialog';
import { Notice } from '../../../components/notice';
import { usePublishSection } from '../api/section';

/** The server's cap on a note (README, Published editions). */
export const NOTE_MAX_LENGTH = 500;

interface PublishValues {
  readonly note?: string;
}

/** 发布版本: a permanent edition of the section as it stands now, with a note saying why. */
export function PublishDialog({ open, year, orgUnitId, onClose, onPublished }: { readonly open: boolean; readonly year: number; readonly orgUnitId?: string; readonly onClose: () => void; readonly onPublished: (version: number) => void }) {
  const publish = usePublishSection();
  return (
    <FormDialog<PublishValues, number>
      open={open}
      title={`发布${year}年度社区责任章节`}
      submitLabel="确认发布"
      fields={['note']}
      onCancel={onClose}
      onDone={(version) => {
        onClose();
        onPublished(version);
      }}
      intro={
        <Notice
          type="warning"
          title="发布后不能修改或撤回"
          description="发布版本会永久保存此刻的章节文字和全部数据；之后的更正和新记录只改变实时数据，不改变已发布的版本，并作为“发布后调整”列在该版本下。"
        />
      }
      onSubmit={async (values, { idempotencyKey }) => {
        const note = values.note?.trim();
        const result = await publish.mutateAsync({ year, ...(orgUnitId ? { orgUnitId } : {}), ...(note ? { note } : {}), idempotencyKey });
        return result.publishSection.version;
      }}
    >
      <Form.Item
        name="note"
        label="发布说明"
        extra="例如：随《2023年度社会责任报告》发布。"
        rules={[{ max: NOTE_MAX_LENGTH, message: `发布说明最多 ${NOTE_MAX_LENGTH} 个字` }]}
      >
        <Input.TextArea rows={3} showCount maxLength={NOTE_MAX_LENGTH} />
      </Form.Item>
    </FormDialog>
  );
}
