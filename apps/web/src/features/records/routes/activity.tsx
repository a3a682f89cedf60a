// One volunteer activity: its figures, organizer, who recorded it and when, its history, and
// correct / void. Looked up by its id in the year of the URL (the list's links carry it).
import { Button, Card, Descriptions, Flex, Form, Input, Result, Tag } from 'antd';
import { useState } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { FormDialog } from '../../../components/dialog';
import { FigureList } from '../../../components/figure-list';
import { PageHeader } from '../../../components/page-header';
import { PageLoading } from '../../../components/page-loading';
import { RequestError } from '../../../components/request-error';
import { getFragmentData } from '../../../gql/fragment-masking';
import type { ActivityFieldsFragment } from '../../../gql/graphql';
import { useSelectedYear } from '../../../hooks/use-selected-year';
import { formatAmount, formatCount, formatDecimal, formatInstant } from '../../../lib/format';
import { requiredText } from '../../../lib/form-rules';
import { GraphQLRequestError } from '../../../lib/graphql-client';
import { volunteerProgramLabel } from '../../../lib/labels';
import { savedLookAlikes, type ShownLookAlike, readLookAlikes } from '../../../lib/look-alikes';
import { linkKeepingYear } from '../../../lib/year';
import { ACTIVITY_FIELDS, type ActivityFormValues, correctionOf, formValuesOf } from '../activity-form';
import { ActivityFieldsFragment as ActivityFields, useActivity, useCorrectActivity, useVoidActivity } from '../api/activities';
import { useRecordChoices, useRecordOrgUnits } from '../api/shared';
import { ActivityFields as ActivityFormFields } from '../components/activity-fields';
import { useFollowCorrection } from '../components/follow-correction';
import { LookAlikeWarnings } from '../components/look-alike-warnings';
import { RecordHistory } from '../components/record-history';
import { RecordedStamp } from '../components/recorded-stamp';
import { REASON_MAX, VoidRecordDialog } from '../components/void-record-dialog';
import { timeBasisLabel } from '../history';
import { dateSpan } from './activities';

type Dialog = 'correct' | 'void' | undefined;

export function ActivityRoute() {
  const { id = '' } = useParams();
  const [year] = useSelectedYear();
  const [search] = useSearchParams();
  const location = useLocation();
  const found = useActivity(id, year);
  const edge = found.data?.volunteerActivities.edges[0];
  const activity = edge ? getFragmentData(ActivityFields, edge.node) : undefined;
  const [dialog, setDialog] = useState<Dialog>();
  const back = linkKeepingYear('/records/activities', search);

  if (found.isError) return <RequestError error={found.error} onRetry={() => void found.refetch()} />;
  if (found.isPending) return <PageLoading />;
  if (!activity) {
    return <Result status="404" title="找不到这条活动" subTitle={`${year}年的台账中没有这条活动，或它不在你的权限范围内。可在页首换一个年度再看。`} extra={<Link to={back}>返回志愿活动列表</Link>} />;
  }
  const close = () => setDialog(undefined);

  return (
    <Flex vertical gap={16} style={{ maxWidth: 880 }}>
      <PageHeader
        title={activity.title}
        description={
          <>
            {volunteerProgramLabel(activity.program)} · {dateSpan(activity.startDate, activity.endDate)} {activity.voided ? <Tag>已作废</Tag> : null}
          </>
        }
        extra={
          activity.voided ? null : (
            <>
              <Button onClick={() => setDialog('correct')}>更正</Button>
              <Button danger onClick={() => setDialog('void')}>
                作废
              </Button>
            </>
          )
        }
      />
      <LookAlikeWarnings lookAlikes={savedLookAlikes(location.state)} />
      {activity.voided ? (
        <Card size="small" role="note" aria-label="已作废">
          这条活动已于 {activity.voidedAt ? formatInstant(activity.voidedAt) : ''} 作废，不再计入任何合计。原因：{activity.voidReason}
        </Card>
      ) : null}
      <Card size="small">
        <FigureList
          figures={[
            { label: '人次', value: formatCount(activity.personTimes), unit: '人次' },
            ...(activity.volunteerHours ? [{ label: '志愿时长', value: formatDecimal(activity.volunteerHours), unit: '小时' }] : []),
            ...(activity.beneficiaries !== null ? [{ label: '服务人数', value: formatCount(activity.beneficiaries), unit: '人' }] : []),
            ...(activity.charitySales
              ? [
                  { label: '义卖笔数', value: formatCount(activity.charitySales.transactions), unit: '笔' },
                  { label: '义卖金额', value: formatAmount(activity.charitySales.amount), unit: '元' },
                ]
              : []),
          ]}
        />
      </Card>
      <Card size="small">
        <Descriptions column={1} size="small" labelStyle={{ width: 96 }}>
          <Descriptions.Item label="组织单位">{activity.organizerPath.join(' / ')}</Descriptions.Item>
          <Descriptions.Item label="街道">{activity.subdistrict ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="地点">{activity.site}</Descriptions.Item>
          {activity.charitySales ? <Descriptions.Item label="义卖款去向">{activity.charitySales.recipient}</Descriptions.Item> : null}
          <Descriptions.Item label="服务内容">{activity.serviceItems.length > 0 ? activity.serviceItems.join('、') : '—'}</Descriptions.Item>
          <Descriptions.Item label="时间性质">{timeBasisLabel(activity.timeBasis)}</Descriptions.Item>
          <Descriptions.Item label="登记">
            <RecordedStamp id={activity.id} recordedBy={activity.recordedBy} recordedAt={activity.recordedAt} />
          </Descriptions.Item>
          {activity.correctedAt ? <Descriptions.Item label="最近更正">{formatInstant(activity.correctedAt)}</Descriptions.Item> : null}
          <Descriptions.Item label="编号">{activity.id}</Descriptions.Item>
        </Descriptions>
      </Card>
      <RecordHistory id={activity.id} />
      <Link to={back}>返回志愿活动列表</Link>
      {dialog === 'correct' ? <CorrectActivityDialog activity={activity} onClose={close} /> : null}
      <ActivityVoidDialog open={dialog === 'void'} activity={activity} onClose={close} />
    </Flex>
  );
}

interface CorrectionValues extends ActivityFormValues {
  readonly reason: string;
}

/** 更正: the form prefilled with the activity as it stands, and a required reason; only what changed is sent. */
function CorrectActivityDialog({ activity, onClose }: { readonly activity: ActivityFieldsFragment; readonly onClose: () => void }) {
  const correct = useCorrectActivity();
  const units = useRecordOrgUnits();
  const choices = useRecordChoices();
  const followCorrection = useFollowCorrection();
  return (
    <FormDialog<CorrectionValues, { readonly startDate: string; readonly lookAlikes: readonly ShownLookAlike[] }>
      open
      title={`更正：${activity.title}`}
      submitLabel="保存更正"
      fields={[...ACTIVITY_FIELDS, 'reason']}
      initialValues={formValuesOf(activity)}
      onCancel={onClose}
      onSubmit={async ({ reason, ...values }) => {
        const changes = correctionOf(activity, values);
        // The server's own refusal of an empty correction, said before sending.
        if (!changes) throw new GraphQLRequestError('BAD_USER_INPUT', '没有修改任何内容：请先改正要更正的项目');
        const { correctVolunteerActivity } = await correct.mutateAsync({ id: activity.id, reason: reason.trim(), ...changes });
        return { startDate: correctVolunteerActivity.activity.startDate, lookAlikes: readLookAlikes(correctVolunteerActivity.lookAlikes) };
      }}
      onDone={(corrected) => {
        onClose();
        followCorrection(corrected.startDate, corrected.lookAlikes);
      }}
    >
      <ActivityFormFields units={units.data?.orgUnits ?? []} choices={choices.data} />
      <Form.Item name="reason" label="更正原因" extra="会记入历史，例如“人次填错”。" rules={requiredText('更正原因', REASON_MAX)}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormDialog>
  );
}

function ActivityVoidDialog({ open, activity, onClose }: { readonly open: boolean; readonly activity: ActivityFieldsFragment; readonly onClose: () => void }) {
  const voidActivity = useVoidActivity();
  return <VoidRecordDialog open={open} what={`活动“${activity.title}”`} onClose={onClose} onVoid={(reason) => voidActivity.mutateAsync({ id: activity.id, reason })} />;
}

export { ActivityRoute as Component };
