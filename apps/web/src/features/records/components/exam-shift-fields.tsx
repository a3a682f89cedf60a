// The fields of a 考务哨兵 shift, for recording and for correcting it, one column.
import { AutoComplete, DatePicker, Form, Input, InputNumber } from 'antd';
import type { RecordChoicesQuery } from '../../../gql/graphql';
import { requiredChoice, requiredText } from '../../../lib/form-rules';
import { EXAM_SHIFT_LIMITS } from '../exam-shift-form';
import { OrgUnitSelect, type RecordOrgUnit } from './org-unit-select';
import { useTouchDateProps } from './touch-date';

interface ExamShiftFieldsProps {
  readonly units: readonly RecordOrgUnit[];
  readonly choices: RecordChoicesQuery | undefined;
  /** A correction keeps the organizer: a shift under the wrong unit is voided and entered again. */
  readonly organizerFixed?: boolean;
}

export function ExamShiftFields({ units, choices, organizerFixed = false }: ExamShiftFieldsProps) {
  const dateProps = useTouchDateProps();
  return (
    <>
      {organizerFixed ? null : (
        <Form.Item name="organizerId" label="组织单位" rules={[requiredChoice('组织单位')]}>
          <OrgUnitSelect units={units} />
        </Form.Item>
      )}
      <Form.Item name="examName" label="考试名称" extra="例如“春季高考”。" rules={requiredText('考试名称', EXAM_SHIFT_LIMITS.examNameMax)}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="examDate" label="考试日期" rules={[{ required: true, message: '请选择考试日期' }]}>
        <DatePicker {...dateProps} />
      </Form.Item>
      <Form.Item name="site" label="考点" extra="可选用以往填过的考点，也可填写新的。" rules={requiredText('考点', EXAM_SHIFT_LIMITS.siteMax)}>
        <AutoComplete options={(choices?.nameSuggestions.examSites ?? []).map((name) => ({ value: name, label: name }))} filterOption placeholder="例如 南洋模范中学" />
      </Form.Item>
      <Form.Item
        name="supporters"
        label="保障人次"
        extra="在岗的志愿者人次。"
        rules={[{ required: true, message: '请填写保障人次' }, { type: 'integer', min: 1, max: EXAM_SHIFT_LIMITS.supportersMax, message: `保障人次须为 1 至 ${EXAM_SHIFT_LIMITS.supportersMax} 之间的整数` }]}
      >
        <InputNumber min={1} max={EXAM_SHIFT_LIMITS.supportersMax} precision={0} inputMode="numeric" controls={false} style={{ width: '100%' }} />
      </Form.Item>
    </>
  );
}
