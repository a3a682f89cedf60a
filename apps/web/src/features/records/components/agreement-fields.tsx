// The fields of a 党建翼联 agreement: the signing branch, dates, the partners (a list), the commitments.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Form, Input, Select } from 'antd';
import { requiredChoice, requiredText } from '../../../lib/form-rules';
import { AGREEMENT_LIMITS, repeatedPartners, validUntilProblem } from '../agreement-form';
import { PARTNER_KINDS, partnerKindLabel } from '../record-labels';
import { OrgUnitSelect, type RecordOrgUnit } from './org-unit-select';
import { useTouchDateProps } from './touch-date';

export function AgreementFields({ units }: { readonly units: readonly RecordOrgUnit[] }) {
  const dateProps = useTouchDateProps();
  return (
    <>
      <Form.Item name="branchId" label="签约支部" rules={[requiredChoice('签约支部')]}>
        <OrgUnitSelect units={units} placeholder="选择签约的党支部" />
      </Form.Item>
      <Form.Item name="signedOn" label="签约日期" rules={[{ required: true, message: '请选择签约日期' }]}>
        <DatePicker {...dateProps} />
      </Form.Item>
      <Form.Item
        name="validUntil"
        label="有效期至"
        extra="长期有效可不填。"
        dependencies={['signedOn']}
        rules={[
          ({ getFieldValue }) => ({
            validator: async (_rule, value) => {
              const problem = validUntilProblem(getFieldValue('signedOn'), value);
              if (problem) throw new Error(problem);
            },
          }),
        ]}
      >
        <DatePicker {...dateProps} />
      </Form.Item>
      <Form.List
        name="partners"
        rules={[
          {
            validator: async (_rule, partners: unknown[] | undefined) => {
              if (!partners || partners.length === 0) throw new Error('请至少填写一个共建单位');
              if (partners.length > AGREEMENT_LIMITS.partnersMax) throw new Error(`共建单位最多填写 ${AGREEMENT_LIMITS.partnersMax} 个`);
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <fieldset style={{ border: 0, margin: 0, padding: 0 }}>
            <legend style={{ fontSize: 14, marginBottom: 8 }}>共建单位</legend>
            {fields.map((field, index) => (
              <Flex key={field.key} gap={8} align="start">
                <Form.Item name={[field.name, 'kind']} label={`第 ${index + 1} 个的类型`} rules={[requiredChoice('类型')]} style={{ flex: '0 0 112px' }}>
                  <Select virtual={false} options={PARTNER_KINDS.map((kind) => ({ value: kind, label: partnerKindLabel(kind) }))} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'name']}
                  label={`第 ${index + 1} 个的名称`}
                  dependencies={fields.map((other) => ['partners', other.name, 'name'])}
                  rules={[
                    ...requiredText('共建单位名称', AGREEMENT_LIMITS.partnerNameMax),
                    ({ getFieldValue }) => ({
                      validator: async () => {
                        const names = (getFieldValue('partners') as { name?: string }[] | undefined)?.map((partner) => partner?.name) ?? [];
                        if (repeatedPartners(names).includes(index)) throw new Error(`共建单位“${names[index]?.trim() ?? ''}”重复了`);
                      },
                    }),
                  ]}
                  style={{ flex: '1 1 0', minWidth: 0 }}
                >
                  <Input autoComplete="off" />
                </Form.Item>
                {fields.length > 1 ? <Button aria-label={`删除第 ${index + 1} 个共建单位`} icon={<DeleteOutlined aria-hidden />} onClick={() => remove(field.name)} style={{ marginTop: 30 }} /> : null}
              </Flex>
            ))}
            <Form.Item>
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ kind: 'RESIDENTS_COMMITTEE', name: '' })}>
                添加共建单位
              </Button>
              <Form.ErrorList errors={errors} />
            </Form.Item>
          </fieldset>
        )}
      </Form.List>
      <Form.Item
        name="commitments"
        label="共建事项"
        extra="可输入多项，每项输入后按回车。"
        rules={[{ type: 'array', max: AGREEMENT_LIMITS.commitmentsMax, message: `共建事项最多填写 ${AGREEMENT_LIMITS.commitmentsMax} 项` }]}
      >
        <Select mode="tags" virtual={false} tokenSeparators={['、', ';']} placeholder="例如 反诈宣传进社区" />
      </Form.Item>
    </>
  );
}
