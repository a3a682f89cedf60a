// The fields of a volunteer activity, the same for recording and for correcting it, one column,
// each with the server's rule beside it (STYLE 13, 15).
import { AutoComplete, DatePicker, Form, Input, InputNumber, Radio, Select } from 'antd';
import { requiredChoice, requiredText, optionalText, ruleOf } from '../../../lib/form-rules';
import { volunteerProgramLabel } from '../../../lib/labels';
import type { RecordChoicesQuery, VolunteerProgram } from '../../../gql/graphql';
import { amountProblem } from '../../../lib/money';
import { ACTIVITY_LIMITS, endDateProblem, hasCharitySales, hoursProblem } from '../activity-form';
import { timeBasisLabel } from '../history';
import { OrgUnitSelect, type RecordOrgUnit } from './org-unit-select';
import { useTouchDateProps } from './touch-date';

const PROGRAMS: readonly VolunteerProgram[] = ['LEI_FENG', 'COMMUNITY_SERVICE', 'ELDERLY_CARE', 'DIGITAL_INCLUSION', 'ANTI_FRAUD', 'PUBLIC_WELFARE', 'OTHER'];

const options = (names: readonly string[]) => names.map((name) => ({ value: name, label: name }));

interface ActivityFieldsProps {
  readonly units: readonly RecordOrgUnit[];
  readonly choices: RecordChoicesQuery | undefined;
}

export function ActivityFields({ units, choices }: ActivityFieldsProps) {
  const dateProps = useTouchDateProps();
  const kept = choices?.subdistricts.kept === true;
  const subdistricts = kept ? (choices?.subdistricts.names ?? []) : (choices?.nameSuggestions.subdistricts ?? []);
  return (
    <>
      <Form.Item name="organizerId" label="组织单位" rules={[requiredChoice('组织单位')]}>
        <OrgUnitSelect units={units} />
      </Form.Item>
      <Form.Item name="program" label="项目类别" rules={[requiredChoice('项目类别')]}>
        <Select virtual={false} options={PROGRAMS.map((program) => ({ value: program, label: volunteerProgramLabel(program) }))} />
      </Form.Item>
      <Form.Item name="title" label="活动名称" extra="例如“学雷锋志愿服务日”。" rules={requiredText('活动名称', ACTIVITY_LIMITS.titleMax)}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="startDate" label="开始日期" rules={[{ required: true, message: '请选择开始日期' }]}>
        <DatePicker {...dateProps} />
      </Form.Item>
      <Form.Item
        name="endDate"
        label="结束日期"
        extra="一天的活动可不填。"
        dependencies={['startDate']}
        rules={[
          ({ getFieldValue }) => ({
            validator: async (_rule, value) => {
              const problem = endDateProblem(getFieldValue('startDate'), value);
              if (problem) throw new Error(problem);
            },
          }),
        ]}
      >
        <DatePicker {...dateProps} />
      </Form.Item>
      <Form.Item
        name="subdistrict"
        label="街道"
        extra={kept ? '从本局的街道名单中选择。' : '可选用以往填过的街道，也可填写新的。'}
        rules={optionalText('街道', ACTIVITY_LIMITS.subdistrictMax)}
      >
        {kept ? (
          <Select virtual={false} allowClear showSearch options={options(subdistricts)} placeholder="选择街道" />
        ) : (
          <AutoComplete options={options(subdistricts)} placeholder="例如 枫林" filterOption />
        )}
      </Form.Item>
      <Form.Item name="site" label="地点" extra="可选用以往填过的地点，也可填写新的。" rules={requiredText('地点', ACTIVITY_LIMITS.siteMax)}>
        <AutoComplete options={options(choices?.nameSuggestions.sites ?? [])} filterOption placeholder="例如 康健社区文化中心" />
      </Form.Item>
      <Form.Item
        name="serviceItems"
        label="服务内容"
        extra="可多选，也可输入新的内容后按回车。"
        rules={[{ type: 'array', max: ACTIVITY_LIMITS.serviceItemsMax, message: `服务内容最多填写 ${ACTIVITY_LIMITS.serviceItemsMax} 项` }]}
      >
        <Select mode="tags" virtual={false} options={options(choices?.nameSuggestions.serviceItems ?? [])} tokenSeparators={['、', '，', ';']} placeholder="例如 反诈宣传" />
      </Form.Item>
      <Form.Item name="personTimes" label="人次" extra="参加的志愿者人次：一人参加两次计 2。" rules={[{ required: true, message: '请填写人次' }, { type: 'integer', min: 1, message: '人次须为不小于 1 的整数' }]}>
        <InputNumber min={1} precision={0} inputMode="numeric" controls={false} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="volunteerHours" label="志愿时长（小时）" extra="全部志愿者的时长合计，可不填。" rules={[ruleOf(hoursProblem)]}>
        <InputNumber<string> stringMode min="0" step="0.5" inputMode="decimal" controls={false} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="timeBasis" label="时间性质">
        <Radio.Group aria-label="时间性质" options={(['OWN_TIME', 'WORKING_HOURS'] as const).map((basis) => ({ value: basis, label: timeBasisLabel(basis) }))} />
      </Form.Item>
      <Form.Item name="beneficiaries" label="服务人数" extra="受服务的群众人数，可不填。" rules={[{ type: 'integer', min: 0, message: '服务人数须为不小于 0 的整数' }]}>
        <InputNumber min={0} precision={0} inputMode="numeric" controls={false} style={{ width: '100%' }} />
      </Form.Item>
      <CharitySalesFields />
    </>
  );
}

/** 爱心义卖 held during the activity: optional, but once one of its fields is filled, all three are needed. */
function CharitySalesFields() {
  const needed = ({ getFieldValue }: { getFieldValue: (name: string) => unknown }) => hasCharitySales(getFieldValue('charitySales') as Parameters<typeof hasCharitySales>[0]);
  const requiredWithSales = (message: string) => (form: { getFieldValue: (name: string) => unknown }) => ({
    validator: async (_rule: unknown, value: unknown) => {
      if (needed(form) && (value === undefined || value === null || String(value).trim() === '')) throw new Error(message);
    },
  });
  return (
    <>
      <Form.Item
        name={['charitySales', 'transactions']}
        label="义卖笔数"
        extra="活动中开展爱心义卖的才填；填了任一项，三项都要填。"
        dependencies={[['charitySales', 'amount'], ['charitySales', 'recipient']]}
        rules={[requiredWithSales('请填写义卖笔数'), { type: 'integer', min: 1, message: '义卖笔数须为不小于 1 的整数' }]}
      >
        <InputNumber min={1} precision={0} inputMode="numeric" controls={false} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name={['charitySales', 'amount']}
        label="义卖金额（元）"
        dependencies={[['charitySales', 'transactions'], ['charitySales', 'recipient']]}
        rules={[requiredWithSales('请填写义卖金额'), ruleOf((amount) => amountProblem(amount, { label: '义卖金额' }))]}
      >
        <InputNumber<string> stringMode min="0" inputMode="decimal" controls={false} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name={['charitySales', 'recipient']}
        label="义卖款捐赠对象"
        extra="例如 红十字会。"
        dependencies={[['charitySales', 'transactions'], ['charitySales', 'amount']]}
        rules={[requiredWithSales('请填写义卖款捐赠对象'), ...optionalText('义卖款捐赠对象', ACTIVITY_LIMITS.recipientMax)]}
      >
        <Input autoComplete="off" />
      </Form.Item>
    </>
  );
}
