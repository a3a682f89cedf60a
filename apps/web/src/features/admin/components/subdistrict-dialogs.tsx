// The 街道名单's changes: each dialog sends the whole list as it should stand (setSubdistricts).
import { Form, Input } from 'antd';
import { FormDialog } from '../../../components/dialog';
import { Notice } from '../../../components/notice';
import { ruleOf } from '../../../lib/form-rules';
import { useSetSubdistricts } from '../api/subdistricts';
import { onEntryField, readEntry, renamed, subdistrictName, withAdded, without } from '../subdistrict-names';

interface DialogProps {
  readonly open: boolean;
  readonly onClose: () => void;
  /** The list as the server keeps it now. */
  readonly list: readonly string[];
}

const ENTRY_HELP = '填“枫林”或“枫林街道”都可以，保存为“枫林”；镇也一样，“华泾镇”保存为“华泾”。';

export function AddSubdistrictsDialog({ open, onClose, list, initial }: DialogProps & { readonly initial?: string }) {
  const save = useSetSubdistricts();
  return (
    <FormDialog<{ readonly entry: string }>
      open={open}
      title="添加街道"
      submitLabel="添加"
      fields={['entry']}
      initialValues={{ entry: initial ?? '' }}
      onCancel={onClose}
      onDone={onClose}
      onSubmit={async ({ entry }) => {
        try {
          return await save.mutateAsync(withAdded(list, readEntry(entry, list).names));
        } catch (error) {
          throw onEntryField(error, 'entry');
        }
      }}
    >
      <Form.Item
        name="entry"
        label="街道名称"
        extra={`${ENTRY_HELP}一次可以填多个，用顿号、逗号或换行分开。`}
        rules={[{ required: true, whitespace: true, message: '请填写街道名称' }, ruleOf((typed) => readEntry(typed, list).problem)]}
      >
        <Input.TextArea rows={3} autoComplete="off" />
      </Form.Item>
    </FormDialog>
  );
}

export function RenameSubdistrictDialog({ open, onClose, list, name, used }: DialogProps & { readonly name: string; readonly used: boolean }) {
  const save = useSetSubdistricts();
  const problem = (typed: string) => {
    if (subdistrictName(typed) === name) return '新名称与原名称相同';
    const entry = readEntry(typed, list, name);
    return entry.problem ?? (entry.names.length > 1 ? '改名只能填写一个名称' : undefined);
  };
  return (
    <FormDialog<{ readonly entry: string }>
      open={open}
      title={`街道改名：${name}`}
      submitLabel="保存"
      fields={['entry']}
      onCancel={onClose}
      onDone={onClose}
      intro={
        <Notice
          type="info"
          title="改名即在同一次保存中移除原名称、添加新名称。"
          description={
            used
              ? `已有记录填写了“${name}”，这些记录保持原样；今后的记录须填写新名称。`
              : '今后的记录须填写新名称。'
          }
        />
      }
      onSubmit={async ({ entry }) => {
        try {
          return await save.mutateAsync(renamed(list, name, subdistrictName(entry)));
        } catch (error) {
          throw onEntryField(error, 'entry');
        }
      }}
    >
      <Form.Item name="entry" label="新名称" extra={ENTRY_HELP} rules={[{ required: true, whitespace: true, message: '请填写新名称' }, ruleOf(problem)]}>
        <Input autoComplete="off" />
      </Form.Item>
    </FormDialog>
  );
}

export function RemoveSubdistrictDialog({ open, onClose, list, name, used }: DialogProps & { readonly name: string; readonly used: boolean }) {
  const save = useSetSubdistricts();
  const last = list.length === 1;
  return (
    <FormDialog<Record<string, never>>
      open={open}
      title={`移除街道：${name}`}
      submitLabel="确认移除"
      danger
      fields={[]}
      onCancel={onClose}
      onDone={onClose}
      intro={
        <Notice
          type="warning"
          title={used ? `已有记录填写了“${name}”，确定要移除吗？` : `确定要从名单中移除“${name}”吗？`}
          description={[
            used ? '这些记录保持原样，更正时仍可保留这个街道，但新记录不能再填写它。' : '移除后，新记录不能再填写这个街道。',
            last ? '这是名单中的最后一个街道：移除后名单为空，任何街道都可以填写。' : '',
          ].join('')}
        />
      }
      onSubmit={() => save.mutateAsync(without(list, name))}
    />
  );
}
