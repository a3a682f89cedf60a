// One 考务哨兵 shift: its figures, organizer, who recorded it and when, its history, correct and void.
import { Button, Card, Descriptions, Flex, Form, Input, Result, Tag } from 'antd';
import { useState } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { FormDialog } from '../../../components/dialog';
import { FigureList } from '../../../components/figure-list';
import { PageHeader } from '../../../components/page-header';
import { PageLoading } from '../../../components/page-loading';
import { RequestError } from '../../../components/request-error';
import { getFragmentData } from '../../../gql/fragment-masking';
import type { ExamShiftFieldsFragment } from '../../../gql/graphql';
import { useSelectedYear } from '../../../hooks/use-selected-year';
import { formatCount, formatDate, formatInstant } from '../../../lib/format';
import { requiredText } from '../../../lib/form-rules';
import { GraphQLRequestError } from '../../../lib/graphql-client';
import { savedLookAlikes, type ShownLookAlike, readLookAlikes } from '../../../lib/look-alikes';
import { linkKeepingYear } from '../../../lib/year';
import { ExamShiftFieldsFragment as ExamShiftFields, useCorrectExamShift, useExamShift, useVoidExamShift } from '../api/exam-shifts';
import { useRecordChoices } from '../api/shared';
import { ExamShiftFields as ExamShiftFormFields } from '../components/exam-shift-fields';
import { useFollowCorrection } from '../components/follow-correction';
import { LookAlikeWarnings } from '../components/look-alike-warnings';
import { RecordHistory } from '../components/record-history';
import { RecordedStamp } from '../components/recorded-stamp';
import { REASON_MAX, VoidRecordDialog } from '../components/void-record-dialog';
import { EXAM_SHIFT_FIELDS, type ExamShiftFormValues, examShiftCorrectionOf, examShiftFormValuesOf } from '../exam-shift-form';

export function ExamShiftRoute() {
  const { id = '' } = useParams();
  const [year] = useSelectedYear();
  const [search] = useSearchParams();
  const location = useLocation();
  const found = useExamShift(id, year);
  const edge = found.data?.examSentinelShifts.edges[0];
  const shift = edge ? getFragmentData(ExamShiftFields, edge.node) : undefined;
  const [dialog, setDialog] = useState<'correct' | 'void'>();
  const back = linkKeepingYear('/records/exam-shifts', search);

  if (found.isError) return <RequestError error={found.error} onRetry={() => void found.refetch()} />;
  if (found.isPending) return <PageLoading />;
  if (!shift) {
    return <Result status="404" title="找不到这条记录" subTitle={`${year}年的考务哨兵台账中没有这条记录，或它不在你的权限范围内。可在页首换一个年度再看。`} extra={<Link to={back}>返回考务哨兵列表</Link>} />;
  }
  const close = () => setDialog(undefined);

  return (
    <Flex vertical gap={16} style={{ maxWidth: 880 }}>
      <PageHeader
        title={`${shift.examName} · ${shift.site}`}
        description={
          <>
            考务哨兵 · {formatDate(shift.examDate)} {shift.voided ? <Tag>已作废</Tag> : null}
          </>
        }
        extra={
          shift.voided ? null : (
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
      {shift.voided ? (
        <Card size="small" role="note" aria-label="已作废">
          这条记录已于 {shift.voidedAt ? formatInstant(shift.voidedAt) : ''} 作废，不再计入任何合计。原因：{shift.voidReason}
        </Card>
      ) : null}
      <Card size="small">
        <FigureList figures={[{ label: '保障人次', value: formatCount(shift.supporters), unit: '人次' }]} />
      </Card>
      <Card size="small">
        <Descriptions column={1} size="small" labelStyle={{ width: 96 }}>
          <Descriptions.Item label="组织单位">{shift.organizerPath.join(' / ')}</Descriptions.Item>
          <Descriptions.Item label="考点">{shift.site}</Descriptions.Item>
          <Descriptions.Item label="登记">
            <RecordedStamp id={shift.id} recordedBy={shift.recordedBy} recordedAt={shift.recordedAt} />
          </Descriptions.Item>
          {shift.correctedAt ? <Descriptions.Item label="最近更正">{formatInstant(shift.correctedAt)}</Descriptions.Item> : null}
          <Descriptions.Item label="编号">{shift.id}</Descriptions.Item>
        </Descriptions>
      </Card>
      <RecordHistory id={shift.id} />
      <Link to={back}>返回考务哨兵列表</Link>
      {dialog === 'correct' ? <CorrectExamShiftDialog shift={shift} onClose={close} /> : null}
      <ExamShiftVoidDialog open={dialog === 'void'} shift={shift} onClose={close} />
    </Flex>
  );
}

interface CorrectionValues extends ExamShiftFormValues {
  readonly reason: string;
}

function CorrectExamShiftDialog({ shift, onClose }: { readonly shift: ExamShiftFieldsFragment; readonly onClose: () => void }) {
  const correct = useCorrectExamShift();
  const choices = useRecordChoices();
  const followCorrection = useFollowCorrection();
  return (
    <FormDialog<CorrectionValues, { readonly examDate: string; readonly lookAlikes: readonly ShownLookAlike[] }>
      open
      title={`更正：${shift.examName} · ${shift.site}`}
      submitLabel="保存更正"
      fields={[...EXAM_SHIFT_FIELDS, 'reason']}
      initialValues={examShiftFormValuesOf(shift)}
      onCancel={onClose}
      intro={null}
      onSubmit={async ({ reason, ...values }) => {
        const changes = examShiftCorrectionOf(shift, { ...values, organizerId: shift.organizerId });
        // The server's own refusal of an empty correction, said before sending.
        if (!changes) throw new GraphQLRequestError('BAD_USER_INPUT', '没有修改任何内容：请先改正要更正的项目');
        const { correctExamSentinelShift } = await correct.mutateAsync({ id: shift.id, reason: reason.trim(), ...changes });
        return { examDate: correctExamSentinelShift.shift.examDate, lookAlikes: readLookAlikes(correctExamSentinelShift.lookAlikes) };
      }}
      onDone={(corrected) => {
        onClose();
        followCorrection(corrected.examDate, corrected.lookAlikes);
      }}
    >
      <ExamShiftFormFields units={[]} choices={choices.data} organizerFixed />
      <Form.Item name="reason" label="更正原因" extra="会记入历史，例如“保障人次填错”。" rules={requiredText('更正原因', REASON_MAX)}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormDialog>
  );
}

function ExamShiftVoidDialog({ open, shift, onClose }: { readonly open: boolean; readonly shift: ExamShiftFieldsFragment; readonly onClose: () => void }) {
  const voidShift = useVoidExamShift();
  return <VoidRecordDialog open={open} what={`考务保障“${shift.examName} · ${shift.site}”`} onClose={onClose} onVoid={(reason) => voidShift.mutateAsync({ id: shift.id, reason })} />;
}

export { ExamShiftRoute as Component };
