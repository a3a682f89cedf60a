// 登记志愿活动: one page, one column, one submit that calls recordVolunteerActivity (phone first: a
// branch secretary at the activity site). The idempotency key is made when the page opens.
import { Button, Card, Flex, Form } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { FormProblems } from '../../../components/form-problems';
import { PageHeader } from '../../../components/page-header';
import { RequestError } from '../../../components/request-error';
import { useFormServerErrors } from '../../../hooks/use-form-server-errors';
import { useIdempotencyKey } from '../../../hooks/use-idempotency-key';
import { useSelectedYear } from '../../../hooks/use-selected-year';
import { linkKeepingYear, searchWithYear } from '../../../lib/year';
import { ACTIVITY_FIELDS, type ActivityFormValues, activityInputOf } from '../activity-form';
import { useRecordActivity } from '../api/activities';
import { useRecordChoices, useRecordOrgUnits } from '../api/shared';
import { useOnlyUnit } from '../components/use-only-unit';
import { ActivityFields } from '../components/activity-fields';

export interface SavedState {
  /** The payload's duplicate warnings, shown on the record's page after the save. */
  readonly warnings: readonly string[];
}

export function NewActivityRoute() {
  const [form] = Form.useForm<ActivityFormValues>();
  const errors = useFormServerErrors(form, ACTIVITY_FIELDS);
  const idempotencyKey = useIdempotencyKey();
  const [sending, setSending] = useState(false);
  const record = useRecordActivity();
  const units = useRecordOrgUnits();
  const choices = useRecordChoices();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const [year] = useSelectedYear();
  useOnlyUnit(form, 'organizerId', units.data?.orgUnits);

  const submit = async (values: ActivityFormValues) => {
    errors.clear();
    setSending(true);
    try {
      const { recordVolunteerActivity } = await record.mutateAsync({ ...activityInputOf(values), idempotencyKey });
      const { id, startDate } = recordVolunteerActivity.activity;
      const state: SavedState = { warnings: recordVolunteerActivity.warnings };
      await navigate(`/records/activities/${id}?${searchWithYear(search, Number(startDate.slice(0, 4))).toString()}`, { state });
    } catch (error) {
      errors.show(error);
    } finally {
      setSending(false);
    }
  };

  return (
    <Flex vertical gap={16} style={{ maxWidth: 640 }}>
      <PageHeader title="登记志愿活动" description="学雷锋、志愿服务等活动，活动结束后登记一次。带 * 的必须填写。" />
      {units.isError ? <RequestError error={units.error} onRetry={() => void units.refetch()} /> : null}
      <Card size="small">
        <Form<ActivityFormValues>
          form={form}
          layout="vertical"
          requiredMark
          initialValues={{ program: 'LEI_FENG', timeBasis: 'OWN_TIME', serviceItems: [], ...(year === dayjs().year() ? { startDate: dayjs() } : {}) }}
          onFinish={(values) => void submit(values)}
         
        >
          <FormProblems problems={errors.problems} />
          <ActivityFields units={units.data?.orgUnits ?? []} choices={choices.data} />
          <Flex gap={8} justify="end">
            <Button onClick={() => void navigate(linkKeepingYear('/records/activities', search))}>取消</Button>
            <Button type="primary" htmlType="submit" loading={sending}>
              保存
            </Button>
          </Flex>
        </Form>
      </Card>
    </Flex>
  );
}

export { NewActivityRoute as Component };
