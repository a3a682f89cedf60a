// 帮困 relief: grant, correct, void, each one dialog with one form and one mutation. A grant never
// names its recipient, and a reason is kept for good, so the forms say so before anything is typed.
import { Form, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { FormDialog } from '../../../components/dialog';
import { useLookAlikeModal } from '../../../components/look-alike-modal';
import { Notice } from '../../../components/notice';
import type { ReliefCategory, ReliefGrantsQuery } from '../../../gql/graphql';
import { formatDate, formatYuan } from '../../../lib/format';
import { requiredChoice } from '../../../lib/form-rules';
import { readLookAlikes } from '../../../lib/look-alikes';
import { useCorrectRelief, useGrantRelief, useVoidRelief } from '../api/relief';
import { RELIEF_CATEGORIES, reliefCategoryLabel } from '../labels';
import type { UnitChoice } from './campaign-dialogs';
import { AmountField, apiAmount, apiDate, CountField, DateField, pickerDate, ReasonField } from './fields';

export type GrantRow = ReliefGrantsQuery['reliefGrants']['edges'][number]['node'];

// The relief decider's cap on a reason.
const RELIEF_REASON_MAX = 200;

const categoryOptions = RELIEF_CATEGORIES.map((category) => ({ value: category, label: reliefCategoryLabel(category) }));

/** Said on every relief form: nothing here may identify a person. */
export const NO_NAMES_NOTICE = (
  <Notice
    type="warning"
    title="帮困记录不记录受助人，请勿填写任何人的信息"
    description="系统只记工会、日期、金额、人次和类别。填写的原因会永久保存在历史中、不能删除：不要写姓名、身份证号、手机号或银行卡号，系统会拒绝含有这些信息的内容。"
  />
);

interface DialogProps {
  readonly open: boolean;
  readonly onClose: () => void;
}

interface GrantValues {
  readonly unionId: string;
  readonly grantedOn: Dayjs;
  readonly amount: string;
  readonly personTimes: number;
  readonly category: ReliefCategory;
}

export function GrantReliefDialog({ open, onClose, unions }: DialogProps & { readonly unions: readonly UnitChoice[] }) {
  const grant = useGrantRelief();
  const showLookAlikes = useLookAlikeModal();
  return (
    <FormDialog<GrantValues>
      open={open}
      title="登记帮困"
      submitLabel="登记"
      fields={['unionId', 'grantedOn', 'amount', 'personTimes', 'category', 'idempotencyKey']}
      initialValues={{ unionId: unions.length === 1 ? unions[0]?.id : undefined, grantedOn: dayjs() }}
      onCancel={onClose}
      onDone={onClose}
      intro={NO_NAMES_NOTICE}
      onSubmit={async ({ unionId, grantedOn, amount, personTimes, category }, { idempotencyKey }) => {
        const { grantRelief } = await grant.mutateAsync({ unionId, grantedOn: apiDate(grantedOn), amount: apiAmount(amount), personTimes, category, idempotencyKey });
        showLookAlikes(readLookAlikes(grantRelief.lookAlikes));
      }}
    >
      <Form.Item name="unionId" label="发放工会" rules={[requiredChoice('发放工会')]}>
        <Select options={unions.map((unit) => ({ value: unit.id, label: unit.label }))} placeholder="选择工会" showSearch={{ optionFilterProp: 'label' }} />
      </Form.Item>
      <DateField name="grantedOn" label="发放日期" />
      <AmountField name="amount" label="金额" extra="这一批帮困金的合计，单位：元，例如 7500.00。" />
      <CountField name="personTimes" label="人次" extra="这一批帮助的人次：一人两次计 2。" />
      <Form.Item name="category" label="类别" rules={[requiredChoice('类别')]}>
        <Select options={categoryOptions} placeholder="选择类别" />
      </Form.Item>
    </FormDialog>
  );
}

interface CorrectValues {
  readonly grantedOn?: Dayjs;
  readonly amount?: string;
  readonly personTimes?: number;
  readonly category?: ReliefCategory;
  readonly reason: string;
}

export function CorrectReliefDialog({ open, onClose, grant }: DialogProps & { readonly grant: GrantRow }) {
  const correct = useCorrectRelief();
  const showLookAlikes = useLookAlikeModal();
  return (
    <FormDialog<CorrectValues>
      open={open}
      title={`更正帮困：${grant.unionPath.at(-1) ?? ''} ${formatDate(grant.grantedOn)}`}
      submitLabel="保存更正"
      fields={['grantedOn', 'amount', 'personTimes', 'category', 'reason']}
      initialValues={{ grantedOn: pickerDate(grant.grantedOn), amount: grant.amount, personTimes: grant.personTimes, category: grant.category }}
      onCancel={onClose}
      onDone={onClose}
      intro={NO_NAMES_NOTICE}
      onSubmit={async ({ grantedOn, amount, personTimes, category, reason }) => {
        const date = grantedOn ? apiDate(grantedOn) : undefined;
        const { correctReliefGrant } = await correct.mutateAsync({
          id: grant.id,
          reason: reason.trim(),
          ...(date && date !== grant.grantedOn ? { grantedOn: date } : {}),
          ...(amount && apiAmount(amount) !== grant.amount ? { amount: apiAmount(amount) } : {}),
          ...(personTimes !== undefined && personTimes !== null && personTimes !== grant.personTimes ? { personTimes } : {}),
          ...(category && category !== grant.category ? { category } : {}),
        });
        showLookAlikes(readLookAlikes(correctReliefGrant.lookAlikes));
      }}
    >
      <DateField name="grantedOn" label="发放日期" optional />
      <AmountField name="amount" label="金额" optional />
      <CountField name="personTimes" label="人次" optional />
      <Form.Item name="category" label="类别">
        <Select options={categoryOptions} />
      </Form.Item>
      <ReasonField label="更正原因" max={RELIEF_REASON_MAX} example="金额登记有误" />
    </FormDialog>
  );
}

export function VoidReliefDialog({ open, onClose, grant }: DialogProps & { readonly grant: GrantRow }) {
  const voidGrant = useVoidRelief();
  return (
    <FormDialog<{ readonly reason: string }>
      open={open}
      title={`作废帮困：${grant.unionPath.at(-1) ?? ''} ${formatYuan(grant.amount)}`}
      submitLabel="确认作废"
      danger
      fields={['reason']}
      onCancel={onClose}
      onDone={onClose}
      intro={<Notice type="warning" title="作废后这笔帮困不再计入任何统计，且不能恢复" description="作废原因会永久保存在历史中：请勿写入任何人的姓名、身份证号、手机号或银行卡号。" />}
      onSubmit={({ reason }) => voidGrant.mutateAsync({ id: grant.id, reason: reason.trim() })}
    >
      <ReasonField label="作废原因" max={RELIEF_REASON_MAX} example="重复录入" />
    </FormDialog>
  );
}
