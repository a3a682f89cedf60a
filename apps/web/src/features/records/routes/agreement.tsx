// One 党建翼联 agreement: its partners and commitments, who recorded it, its history, renew and terminate.
import { Button, Card, DatePicker, Descriptions, Flex, Form, Input, Result } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { FormDialog } from '../../../components/dialog';
import { Notice } from '../../../components/notice';
import { PageHeader } from '../../../components/page-header';
import { PageLoading } from '../../../components/page-loading';
import { RequestError } from '../../../components/request-error';
import { getFragmentData } from '../../../gql/fragment-masking';
import type { AgreementFieldsFragment } from '../../../gql/graphql';
import { useSelectedYear } from '../../../hooks/use-selected-year';
import { formatDate } from '../../../lib/format';
import { requiredText } from '../../../lib/form-rules';
import { savedLookAlikes } from '../../../lib/look-alikes';
import { linkKeepingYear } from '../../../lib/year';
import { validUntilProblem } from '../agreement-form';
import { AgreementFieldsFragment as AgreementFields, useAgreement, useRenewAgreement, useTerminateAgreement } from '../api/agreements';
import { LookAlikeWarnings } from '../components/look-alike-warnings';
import { RecordHistory } from '../components/record-history';
import { RecordedStamp } from '../components/recorded-stamp';
import { useTouchDateProps } from '../components/touch-date';
import { REASON_MAX } from '../components/void-record-dialog';
import { partnerKindLabel } from '../record-labels';
import { agreementState, partnerNames } from './agreements';

export function AgreementRoute() {
  const { id = '' } = useParams();
  const [year] = useSelectedYear();
  const [search] = useSearchParams();
  const location = useLocation();
  const found = useAgreement(id, year);
  const edge = found.data?.coBuildingAgreements.edges[0];
  const agreement = edge ? getFragmentData(AgreementFields, edge.node) : undefined;
  const [dialog, setDialog] = useState<'renew' | 'terminate'>();
  const back = linkKeepingYear('/records/agreements', search);

  if (found.isError) return <RequestError error={found.error} onRetry={() => void found.refetch()} />;
  if (found.isPending) return <PageLoading />;
  if (!agreement) {
    return <Result status="404" title="找不到这份协议" subTitle={`${year}年有效的协议中没有这一份，或它不在你的权限范围内。可在页首换一个年度再看。`} extra={<Link to={back}>返回党建翼联列表</Link>} />;
  }
  const close = () => setDialog(undefined);

  return (
    <Flex vertical gap={16} style={{ maxWidth: 880 }}>
      <PageHeader
        title={partnerNames(agreement)}
        description={<>党建翼联 · {formatDate(agreement.signedOn)} 签约 · {agreementState(agreement)}</>}
        extra={
          agreement.terminated ? null : (
            <>
              <Button onClick={() => setDialog('renew')}>续签</Button>
              <Button danger onClick={() => setDialog('terminate')}>
                终止
              </Button>
            </>
          )
        }
      />
      <LookAlikeWarnings lookAlikes={savedLookAlikes(location.state)} />
      <Card size="small">
        <Descriptions column={1} size="small" labelStyle={{ width: 96 }}>
          <Descriptions.Item label="签约支部">{agreement.branchPath.join(' / ')}</Descriptions.Item>
          <Descriptions.Item label="共建单位">{agreement.partners.map((partner) => `${partner.name}（${partnerKindLabel(partner.kind)}）`).join('、')}</Descriptions.Item>
          <Descriptions.Item label="有效期至">{agreement.validUntil ? formatDate(agreement.validUntil) : '长期'}</Descriptions.Item>
          <Descriptions.Item label="共建事项">{agreement.commitments.length > 0 ? agreement.commitments.join('；') : '—'}</Descriptions.Item>
          {agreement.terminated ? <Descriptions.Item label="终止原因">{agreement.terminationReason}</Descriptions.Item> : null}
          <Descriptions.Item label="登记">
            <RecordedStamp id={agreement.id} recordedBy={agreement.recordedBy} recordedAt={agreement.recordedAt} />
          </Descriptions.Item>
          <Descriptions.Item label="编号">{agreement.id}</Descriptions.Item>
        </Descriptions>
      </Card>
      <RecordHistory id={agreement.id} />
      <Link to={back}>返回党建翼联列表</Link>
      <RenewDialog open={dialog === 'renew'} agreement={agreement} onClose={close} />
      <TerminateDialog open={dialog === 'terminate'} agreement={agreement} onClose={close} />
    </Flex>
  );
}

function RenewDialog({ open, agreement, onClose }: { readonly open: boolean; readonly agreement: AgreementFieldsFragment; readonly onClose: () => void }) {
  const renew = useRenewAgreement();
  const dateProps = useTouchDateProps();
  return (
    <FormDialog<{ readonly validUntil: Dayjs }>
      open={open}
      title={`续签：${partnerNames(agreement)}`}
      submitLabel="续签"
      fields={['validUntil']}
      onCancel={onClose}
      onDone={onClose}
      intro={<Notice type="info" title={agreement.validUntil ? `现有效期至 ${formatDate(agreement.validUntil)}，续签只能延长。` : '现为长期有效，续签后有效期至所选日期。'} />}
      onSubmit={({ validUntil }) => renew.mutateAsync({ id: agreement.id, validUntil: validUntil.format('YYYY-MM-DD') })}
    >
      <Form.Item
        name="validUntil"
        label="新的有效期至"
        rules={[
          { required: true, message: '请选择新的有效期' },
          {
            validator: async (_rule, value: Dayjs | undefined) => {
              const problem = validUntilProblem(agreement.signedOn, value);
              if (problem) throw new Error(problem);
            },
          },
        ]}
      >
        <DatePicker {...dateProps} />
      </Form.Item>
    </FormDialog>
  );
}

function TerminateDialog({ open, agreement, onClose }: { readonly open: boolean; readonly agreement: AgreementFieldsFragment; readonly onClose: () => void }) {
  const terminate = useTerminateAgreement();
  const dateProps = useTouchDateProps();
  return (
    <FormDialog<{ readonly terminatedOn: Dayjs; readonly reason: string }>
      open={open}
      title={`终止：${partnerNames(agreement)}`}
      submitLabel="确认终止"
      danger
      fields={['terminatedOn', 'reason']}
      onCancel={onClose}
      onDone={onClose}
      intro={<Notice type="warning" title="终止后不能恢复" description="协议仍保留在历史中，并计入它有效的年度。" />}
      onSubmit={({ terminatedOn, reason }) => terminate.mutateAsync({ id: agreement.id, terminatedOn: terminatedOn.format('YYYY-MM-DD'), reason: reason.trim() })}
    >
      <Form.Item
        name="terminatedOn"
        label="终止日期"
        rules={[
          { required: true, message: '请选择终止日期' },
          {
            validator: async (_rule, value: Dayjs | undefined) => {
              if (value && value.format('YYYY-MM-DD') < agreement.signedOn) throw new Error(`终止日期不能早于签约日期 ${agreement.signedOn}`);
            },
          },
        ]}
      >
        <DatePicker {...dateProps} />
      </Form.Item>
      <Form.Item name="reason" label="终止原因" extra="会记入历史，例如“共建单位撤并”。" rules={requiredText('终止原因', REASON_MAX)}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormDialog>
  );
}

export { AgreementRoute as Component };
