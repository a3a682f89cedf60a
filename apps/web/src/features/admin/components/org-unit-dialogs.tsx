// The three changes an ADMIN makes to the org chart, each one dialog with one form and one mutation.
import { Form, Input, Select } from 'antd';
import { FormDialog } from '../../../components/dialog';
import { Notice } from '../../../components/notice';
import type { OrgUnitKind } from '../../../gql/graphql';
import { REASON_MAX } from '../../../lib/account-rules';
import { optionalText, requiredChoice, requiredText } from '../../../lib/form-rules';
import { ORG_UNIT_KINDS, orgUnitKindLabel } from '../../../lib/labels';
import { useRegisterOrgUnit, useRenameOrgUnit, useRetireOrgUnit } from '../api/org-chart';
import type { OrgUnitRow } from '../org-tree';
import { OrgUnitPicker } from './org-unit-picker';

/** As the server caps an org unit's name. */
const ORG_UNIT_NAME_MAX = 100;

interface DialogProps {
  readonly open: boolean;
  readonly onClose: () => void;
}

interface RegisterValues {
  readonly name: string;
  readonly kind: OrgUnitKind;
  readonly parentId?: string | null;
}

interface RegisterOrgUnitDialogProps extends DialogProps {
  readonly units: readonly OrgUnitRow[];
  /** The parent offered first: the unit selected in the tree. */
  readonly parentId: string | undefined;
  readonly onRegistered: (orgUnitId: string) => void;
}

export function RegisterOrgUnitDialog({ open, onClose, units, parentId, onRegistered }: RegisterOrgUnitDialogProps) {
  const register = useRegisterOrgUnit();
  return (
    <FormDialog<RegisterValues, string>
      open={open}
      title="新建组织"
      submitLabel="新建"
      fields={['name', 'kind', 'parentId']}
      initialValues={{ parentId: parentId ?? null }}
      onCancel={onClose}
      onDone={(orgUnitId) => {
        onClose();
        onRegistered(orgUnitId);
      }}
      onSubmit={async ({ name, kind, parentId: parent }, { idempotencyKey }) =>
        (await register.mutateAsync({ name: name.trim(), kind, parentId: parent ?? null, idempotencyKey })).registerOrgUnit.orgUnit.id
      }
    >
      <Form.Item name="name" label="组织名称" rules={requiredText('组织名称', ORG_UNIT_NAME_MAX)}>
        <Input placeholder="例如：康健支局" />
      </Form.Item>
      <Form.Item name="kind" label="组织类型" rules={[requiredChoice('组织类型')]}>
        <Select virtual={false} options={ORG_UNIT_KINDS.map((kind) => ({ value: kind, label: orgUnitKindLabel(kind) }))} placeholder="选择类型" />
      </Form.Item>
      <Form.Item
        name="parentId"
        label="上级组织"
        dependencies={['kind']}
        extra="只有区局可以作为最上级组织，其他组织都须有上级。"
        rules={[
          ({ getFieldValue }) => ({
            validator: async (_rule, value: unknown) => {
              const kind = getFieldValue('kind') as OrgUnitKind | undefined;
              if (!value && kind && kind !== 'BUREAU') throw new Error(`${orgUnitKindLabel(kind)}须有上级组织，只有区局可以作为最上级`);
            },
          }),
        ]}
      >
        <OrgUnitPicker units={units} />
      </Form.Item>
    </FormDialog>
  );
}

export function RenameOrgUnitDialog({ open, onClose, unit }: DialogProps & { readonly unit: OrgUnitRow }) {
  const rename = useRenameOrgUnit();
  return (
    <FormDialog<{ readonly name: string }>
      open={open}
      title={`给“${unit.name}”改名`}
      submitLabel="改名"
      fields={['name']}
      initialValues={{ name: unit.name }}
      onCancel={onClose}
      onDone={onClose}
      intro={<Notice type="info" title="已登记的记录保留当时的组织名称；统计和新记录使用新名称。" />}
      onSubmit={({ name }) => rename.mutateAsync({ id: unit.id, name: name.trim() })}
    >
      <Form.Item name="name" label="新名称" rules={requiredText('组织名称', ORG_UNIT_NAME_MAX)}>
        <Input />
      </Form.Item>
    </FormDialog>
  );
}

export function RetireOrgUnitDialog({ open, onClose, unit }: DialogProps & { readonly unit: OrgUnitRow }) {
  const retire = useRetireOrgUnit();
  return (
    <FormDialog<{ readonly reason?: string }>
      open={open}
      title={`撤销“${unit.name}”`}
      submitLabel="确认撤销"
      danger
      fields={['reason']}
      onCancel={onClose}
      onDone={onClose}
      intro={
        <Notice
          type="warning"
          title="撤销后不能恢复"
          description="撤销后不能再为它登记记录，也不能在它下面新建组织；它以往的记录仍然计入上级单位的统计。"
        />
      }
      onSubmit={({ reason }) => retire.mutateAsync({ id: unit.id, reason: reason?.trim() || null })}
    >
      <Form.Item name="reason" label="撤销原因" extra="会记入这个组织的历史，例如“机构调整，并入康健支局”。" rules={optionalText('撤销原因', REASON_MAX)}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormDialog>
  );
}
