// 登记考务保障, saved by recordExamSentinelShift.
import { Form } from 'antd';
import { useRecordExamShift } from '../api/exam-shifts';
import { useRecordChoices, useRecordOrgUnits } from '../api/shared';
import { ExamShiftFields } from '../components/exam-shift-fields';
import { NewRecordPage } from '../components/new-record-page';
import { useOnlyUnit } from '../components/use-only-unit';
import { EXAM_SHIFT_FIELDS, type ExamShiftFormValues, examShiftInputOf } from '../exam-shift-form';
import { readLookAlikes } from '../../../lib/look-alikes';

export function NewExamShiftRoute() {
  const [form] = Form.useForm<ExamShiftFormValues>();
  const record = useRecordExamShift();
  const units = useRecordOrgUnits();
  const choices = useRecordChoices();
  useOnlyUnit(form, 'organizerId', units.data?.orgUnits);

  return (
    <NewRecordPage<ExamShiftFormValues>
      title="登记考务保障"
      description="每场考试、每个考点登记一次。带 * 的必须填写。"
      list="/records/exam-shifts"
      form={form}
      fields={EXAM_SHIFT_FIELDS}
      save={async (values, idempotencyKey) => {
        const { recordExamSentinelShift } = await record.mutateAsync({ ...examShiftInputOf(values), idempotencyKey });
        return { id: recordExamSentinelShift.shift.id, date: recordExamSentinelShift.shift.examDate, lookAlikes: readLookAlikes(recordExamSentinelShift.lookAlikes) };
      }}
    >
      <ExamShiftFields units={units.data?.orgUnits ?? []} choices={choices.data} />
    </NewRecordPage>
  );
}

export { NewExamShiftRoute as Component };
