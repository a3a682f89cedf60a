// 登记党建翼联协议: one page, one column, one submit that calls signCoBuildingAgreement; the idempotency key is made when the page opens.
import { Button, Card, Flex, Form } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { FormProblems } from '../../../components/form-problems';
import { PageHeader } from '../../../components/page-header';
import { RequestError } from '../../../components/request-error';
import { useFormServerErrors } from '../../../hooks/use-form-server-errors';
import { useIdempotencyKey } from '../../../hooks/use-idempotency-key';
import { linkKeepingYear, searchWithYear } from '../../../lib/year';
import { AGREEMENT_FIELDS, type AgreementFormValues, agreementInputOf } from '../agreement-form';
import { useSignAgreement } from '../api/agreements';
import { useRecordOrgUnits } from '../api/shared';
import { useOnlyUnit } from '../components/use-only-unit';
import { AgreementFields } from '../components/agreement-fields';
import type { SavedState } from './activity-new';

export function NewAgreementRoute() {
  const [form] = Form.useForm<AgreementFormValues>();
  const errors = useFormServerErrors(form, AGREEMENT_FIELDS);
  const idempotencyKey = useIdempotencyKey();
  const [sending, setSending] = useState(false);
  const sign = useSignAgreement();
  const units = useRecordOrgUnits();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  useOnlyUnit(form, 'branchId', units.data?.orgUnits);

  const submit = async (values: AgreementFormValues) => {
    errors.clear();
    setSending(true);
    try {
      const { signCoBuildingAgreement } = await sign.mutateAsync({ ...agreementInputOf(values), idempotencyKey });
      const { id, signedOn } = signCoBuildingAgreement.agreement;
      const state: SavedState = { warnings: signCoBuildingAgreement.warnings };
      await navigate(`/records/agreements/${id}?${searchWithYear(search, Number(signedOn.slice(0, 4))).toString()}`, { state });
    } catch (error) {
      errors.show(error);
    } finally {
      setSending(false);
    }
  };

  return (
    <Flex vertical gap={16} style={{ maxWidth: 640 }}>
      <PageHeader title="登记党建翼联协议" description="党支部与居委会、学校等单位签订的共建协议。带 * 的必须填写。" />
      {units.isError ? <RequestError error={units.error} onRetry={() => void units.refetch()} /> : null}
      <Card size="small">
        <Form<AgreementFormValues>
          form={form}
          layout="vertical"
          initialValues={{ partners: [{ kind: 'RESIDENTS_COMMITTEE', name: '' }], commitments: [] }}
          onFinish={(values) => void submit(values)}
         
        >
          <FormProblems problems={errors.problems} />
          <AgreementFields units={units.data?.orgUnits ?? []} />
          <Flex gap={8} justify="end">
            <Button onClick={() => void navigate(linkKeepingYear('/records/agreements', search))}>取消</Button>
            <Button type="primary" htmlType="submit" loading={sending}>
              保存
            </Button>
          </Flex>
        </Form>
      </Card>
    </Flex>
  );
}

export { NewAgreementRoute as Component };
