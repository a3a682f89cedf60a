// 登记考务保障: one page, one column, one submit that calls recordExamSentinelShift; the idempotency key is made when the page opens.
import { Button, Card, Flex, Form } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { FormProblems } from '../../../components/form-problems';
import { PageHeader } from '../../../components/page-header';
import { RequestError } from '../../../components/request-error';
import { useFormServerErrors } from '../../../hooks/use-form-server-errors';
import { useIdempotencyKey } from '../../../hooks/use-idempotency-key';
import { linkKeepingYear, searchWithYear } from '../../../lib/year';
import { useRecordExamShift } from '../api/exam-shifts';
import { useRecordChoices, useRecordOrgUnits } from '../api/shared';
import { useOnlyUnit } from '../components/use-only-unit';
import { ExamShiftFields } from '../components/exam-shift-fields';
import { EXAM_SHIFT_FIELDS, type ExamShiftFormValues, examShiftInputOf } from '../exam-shift-form';
import type { SavedState } from './activity-new';

export function NewExamShiftRoute() {
  const [form] = Form.useForm<ExamShiftFormValues>();
  const errors = useFormServerErrors(form, EXAM_SHIFT_FIELDS);
  const idempotencyKey = useIdempotencyKey();
  const [sending, setSending] = useState(false);
  const record = useRecordExamShift();
  const units = useRecordOrgUnits();
  const choices = useRecordChoices();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  useOnlyUnit(form, 'organizerId', units.data?.orgUnits);

  const submit = async (values: ExamShiftFormValues) => {
    errors.clear();
    setSending(true);
    try {
      const { recordExamSentinelShift } = await record.mutateAsync({ ...examShiftInputOf(values), idempotencyKey });
      const { id, examDate } = recordExamSentinelShift.shift;
      const state: SavedState = { warnings: recordExamSentinelShift.warnings };
      await navigate(`/records/exam-shifts/${id}?${searchWithYear(search, Number(examDate.slice(0, 4))).toString()}`, { state });
    } catch (error) {
      errors.show(error);
    } finally {
      setSending(false);
    }
  };

  return (
    <Flex vertical gap={16} style={{ maxWidth: 640 }}>
      <PageHeader title="登记考务保障" description="每场考试、每个考点登记一次。带 * 的必须填写。" />
      {units.isError ? <RequestError error={units.error} onRetry={() => void units.refetch()} /> : null}
      <Card size="small">
        <Form<ExamShiftFormValues> form={form} layout="vertical" onFinish={(values) => void submit(values)}>
          <FormProblems problems={errors.problems} />
          <ExamShiftFields units={units.data?.orgUnits ?? []} choices={choices.data} />
          <Flex gap={8} justify="end">
            <Button onClick={() => void navigate(linkKeepingYear('/records/exam-shifts', search))}>取消</Button>
            <Button type="primary" htmlType="submit" loading={sending}>
              保存
            </Button>
          </Flex>
        </Form>
      </Card>
    </Flex>
  );
}

export { NewExamShiftRoute as Component };
