// 登记志愿活动 (phone first: a branch secretary at the activity site), saved by recordVolunteerActivity.
import { Form } from 'antd';
import dayjs from 'dayjs';
import { useSelectedYear } from '../../../hooks/use-selected-year';
import { ACTIVITY_FIELDS, type ActivityFormValues, activityInputOf } from '../activity-form';
import { useRecordActivity } from '../api/activities';
import { useRecordChoices, useRecordOrgUnits } from '../api/shared';
import { ActivityFields } from '../components/activity-fields';
import { NewRecordPage } from '../components/new-record-page';
import { useOnlyUnit } from '../components/use-only-unit';
import { readLookAlikes } from '../../../lib/look-alikes';

export function NewActivityRoute() {
  const [form] = Form.useForm<ActivityFormValues>();
  const record = useRecordActivity();
  const units = useRecordOrgUnits();
  const choices = useRecordChoices();
  const [year] = useSelectedYear();
  useOnlyUnit(form, 'organizerId', units.data?.orgUnits);

  return (
    <NewRecordPage<ActivityFormValues>
      title="登记志愿活动"
      description="学雷锋、志愿服务等活动，活动结束后登记一次。带 * 的必须填写。"
      list="/records/activities"
      form={form}
      fields={ACTIVITY_FIELDS}
      // Today, when the year being looked at is this one: most activities are recorded the day they happen.
      initialValues={{ program: 'LEI_FENG', timeBasis: 'OWN_TIME', serviceItems: [], ...(year === dayjs().year() ? { startDate: dayjs() } : {}) }}
      save={async (values, idempotencyKey) => {
        const { recordVolunteerActivity } = await record.mutateAsync({ ...activityInputOf(values), idempotencyKey });
        return { id: recordVolunteerActivity.activity.id, date: recordVolunteerActivity.activity.startDate, lookAlikes: readLookAlikes(recordVolunteerActivity.lookAlikes) };
      }}
    >
      <ActivityFields units={units.data?.orgUnits ?? []} choices={choices.data} />
    </NewRecordPage>
  );
}

export { NewActivityRoute as Component };
