// 启用服务亭, saved by openBooth; its sessions are recorded on its page afterwards.
import { AutoComplete, DatePicker, Form, Input, Select } from 'antd';
import { requiredChoice, requiredText } from '../../../lib/form-rules';
import { readLookAlikes } from '../../../lib/look-alikes';
import { useOpenBooth } from '../api/booths';
import { useRecordChoices, useRecordOrgUnits } from '../api/shared';
import { useOnlyUnit } from '../components/use-only-unit';
import { BOOTH_LIMITS, OPEN_BOOTH_FIELDS, type OpenBoothValues, openBoothInputOf } from '../booth-form';
import { NewRecordPage } from '../components/new-record-page';
import { OrgUnitSelect } from '../components/org-unit-select';
import { useTouchDateProps } from '../components/touch-date';
import { BOOTH_KINDS, boothKindLabel } from '../record-labels';

export function NewBoothRoute() {
  const [form] = Form.useForm<OpenBoothValues>();
  const open = useOpenBooth();
  const units = useRecordOrgUnits();
  const choices = useRecordChoices();
  const dateProps = useTouchDateProps();
  useOnlyUnit(form, 'hostId', units.data?.orgUnits);
  const kept = choices.data?.subdistricts.kept === true;
  const subdistricts = (kept ? choices.data?.subdistricts.names : choices.data?.nameSuggestions.subdistricts) ?? [];

  return (
    <NewRecordPage<OpenBoothValues>
      title="启用服务亭"
      description="新设一个 Hello老友亭、雷锋亭或志愿服务亭；之后每次服务在它的页面上登记。带 * 的必须填写。"
      list="/records/booths"
      form={form}
      fields={OPEN_BOOTH_FIELDS}
      initialValues={{ kind: 'HELLO_LAOYOU' }}
      save={async (values, idempotencyKey) => {
        const { openBooth } = await open.mutateAsync({ ...openBoothInputOf(values), idempotencyKey });
        return { id: openBooth.booth.id, date: openBooth.booth.openedOn, lookAlikes: readLookAlikes(openBooth.lookAlikes) };
      }}
    >
      <Form.Item name="hostId" label="承办单位" rules={[requiredChoice('承办单位')]}>
        <OrgUnitSelect units={units.data?.orgUnits ?? []} />
      </Form.Item>
      <Form.Item name="kind" label="类型" rules={[requiredChoice('类型')]}>
        <Select virtual={false} options={BOOTH_KINDS.map((kind) => ({ value: kind, label: boothKindLabel(kind) }))} />
      </Form.Item>
      <Form.Item name="name" label="名称" extra="例如“枫林Hello老友亭”。" rules={requiredText('名称', BOOTH_LIMITS.nameMax)}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="subdistrict" label="街道" rules={requiredText('街道', BOOTH_LIMITS.subdistrictMax)}>
        {kept ? (
          <Select virtual={false} showSearch options={subdistricts.map((name) => ({ value: name, label: name }))} placeholder="选择街道" />
        ) : (
          <AutoComplete options={subdistricts.map((name) => ({ value: name, label: name }))} filterOption placeholder="例如 枫林" />
        )}
      </Form.Item>
      <Form.Item name="location" label="位置" extra="例如“枫林路营业厅门口”。" rules={requiredText('位置', BOOTH_LIMITS.locationMax)}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="openedOn" label="启用日期" rules={[{ required: true, message: '请选择启用日期' }]}>
        <DatePicker {...dateProps} />
      </Form.Item>
    </NewRecordPage>
  );
}

export { NewBoothRoute as Component };
