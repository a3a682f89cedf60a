// 登记党建翼联协议, saved by signCoBuildingAgreement.
import { Form } from 'antd';
import { AGREEMENT_FIELDS, type AgreementFormValues, agreementInputOf } from '../agreement-form';
import { useSignAgreement } from '../api/agreements';
import { useRecordOrgUnits } from '../api/shared';
import { AgreementFields } from '../components/agreement-fields';
import { NewRecordPage } from '../components/new-record-page';
import { useOnlyUnit } from '../components/use-only-unit';
import { readLookAlikes } from '../../../lib/look-alikes';

export function NewAgreementRoute() {
  const [form] = Form.useForm<AgreementFormValues>();
  const sign = useSignAgreement();
  const units = useRecordOrgUnits();
  useOnlyUnit(form, 'branchId', units.data?.orgUnits);

  return (
    <NewRecordPage<AgreementFormValues>
      title="登记党建翼联协议"
      description="党支部与居委会、学校等单位签订的共建协议。带 * 的必须填写。"
      list="/records/agreements"
      form={form}
      fields={AGREEMENT_FIELDS}
      initialValues={{ partners: [{ kind: 'RESIDENTS_COMMITTEE', name: '' }], commitments: [] }}
      save={async (values, idempotencyKey) => {
        const { signCoBuildingAgreement } = await sign.mutateAsync({ ...agreementInputOf(values), idempotencyKey });
        return { id: signCoBuildingAgreement.agreement.id, date: signCoBuildingAgreement.agreement.signedOn, lookAlikes: readLookAlikes(signCoBuildingAgreement.lookAlikes) };
      }}
    >
      <AgreementFields units={units.data?.orgUnits ?? []} />
    </NewRecordPage>
  );
}

export { NewAgreementRoute as Component };
