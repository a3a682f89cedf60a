// 启用服务亭: one page, one column, one submit that calls openBooth; the idempotency key is made when the page opens.
import { AutoComplete, Button, Card, DatePicker, Flex, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { FormProblems } from '../../../components/form-problems';
import { PageHeader } from '../../../components/page-header';
import { RequestError } from '../../../components/request-error';
import { useFormServerErrors } from '../../../hooks/use-form-server-errors';
import { useIdempotencyKey } from '../../../hooks/use-idempotency-key';
import { requiredChoice, requiredText } from '../../../lib/form-rules';
import { linkKeepingYear, searchWithYear } from '../../../lib/year';
import { useOpenBooth } from '../api/booths';
import { useRecordChoices, useRecordOrgUnits } from '../api/shared';
import { useOnlyUnit } from '../components/use-only-unit';
import { BOOTH_LIMITS, OPEN_BOOTH_FIELDS, type OpenBoothValues, openBoothInputOf } from '../booth-form';
import { OrgUnitSelect } from '../components/org-unit-select';
import { useTouchDateProps } from '../components/touch-date';
import { BOOTH_KINDS, boothKindLabel } from '../record-labels';
import type { SavedState } from './activity-new';

export function NewBoothRoute() {
  const [form] = Form.useForm<OpenBoothValues>();
  const errors = useFormServerErrors(form, OPEN_BOOTH_FIELDS);
  const idempotencyKey = useIdempotencyKey();
  const [sending, setSending] = useState(false);
  const open = useOpenBooth();
  const units = useRecordOrgUnits();
  const choices = useRecordChoices();
  const dateProps = useTouchDateProps();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  useOnlyUnit(form, 'hostId', units.data?.orgUnits);
  const kept = choices.data?.subdistricts.kept === true;
  const subdistricts = (kept ? choices.data?.subdistricts.names : choices.data?.nameSuggestions.subdistricts) ?? [];

  const submit = async (values: OpenBoothValues) => {
    errors.clear();
    setSending(true);
    try {
      const { openBooth } = await open.mutateAsync({ ...openBoothInputOf(values), idempotencyKey });
      const { id, openedOn } = openBooth.booth;
      const state: SavedState = { warnings: openBooth.warnings };
      await navigate(`/records/booths/${id}?${searchWithYear(search, Number(openedOn.slice(0, 4))).toString()}`, { state });
    } catch (error) {
      errors.show(error);
    } finally {
      setSending(false);
    }
  };

  return (
    <Flex vertical gap={16} style={{ maxWidth: 640 }}>
      <PageHeader title="启用服务亭" description="新设一个 Hello老友亭、雷锋亭或志愿服务亭；之后每次服务在它的页面上登记。带 * 的必须填写。" />
      {units.isError ? <RequestError error={units.error} onRetry={() => void units.refetch()} /> : null}
      <Card size="small">
        <Form<OpenBoothValues> form={form} layout="vertical" initialValues={{ kind: 'HELLO_LAOYOU' }} onFinish={(values) => void submit(values)}>
          <FormProblems problems={errors.problems} />
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
          <Flex gap={8} justify="end">
            <Button onClick={() => void navigate(linkKeepingYear('/records/booths', search))}>取消</Button>
            <Button type="primary" htmlType="submit" loading={sending}>
              保存
            </Button>
          </Flex>
        </Form>
      </Card>
    </Flex>
  );
}

export { NewBoothRoute as Component };
