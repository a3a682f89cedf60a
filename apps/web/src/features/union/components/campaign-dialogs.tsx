// 爱心一日捐: launching, closing and voiding a campaign, and recording, correcting and voiding a
// union's donation, each one dialog with one form and one mutation (STYLE 13).
import { Form, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { FormDialog } from '../../../components/dialog';
import { useLookAlikeModal } from '../../../components/look-alike-modal';
import { Notice } from '../../../components/notice';
import type { DonationCampaignsQuery } from '../../../gql/graphql';
import { formatDate, formatYuan } from '../../../lib/format';
import { type ShownLookAlike, readLookAlikes } from '../../../lib/look-alikes';
import { requiredChoice, requiredText } from '../../../lib/form-rules';
import { useCloseCampaign, useCorrectDonation, useLaunchCampaign, useRecordDonation, useVoidCampaign, useVoidDonation } from '../api/campaigns';
import { AmountField, apiAmount, apiDate, CountField, DateField, ReasonField } from './fields';

/** 爱心一日捐: one union's remittance may not pass 1,000万 yuan (the decider's cap). */
const DONATION_AMOUNT_MAX_YUAN = 10_000_000;

export type CampaignRow = DonationCampaignsQuery['donationCampaigns'][number];
export type DonationRow = CampaignRow['donations'][number];

// The deciders' caps: a campaign's name, a reason kept in the history.
const CAMPAIGN_NAME_MAX = 100;
const REASON_MAX = 500;

interface DialogProps {
  readonly open: boolean;
  readonly onClose: () => void;
}

export interface UnitChoice {
  readonly id: string;
  readonly label: string;
}

interface LaunchValues {
  readonly name: string;
  readonly organizerId: string;
  readonly year: number;
  readonly launchedOn: Dayjs;
}

/** A campaign just launched: where its page is (its own year), and what it looks like. */
interface Launched {
  readonly id: string;
  readonly year: number;
  readonly lookAlikes: readonly ShownLookAlike[];
}

export function LaunchCampaignDialog({
  open,
  onClose,
  organizers,
  year,
  onLaunched,
}: DialogProps & { readonly organizers: readonly UnitChoice[]; readonly year: number; readonly onLaunched: (id: string, year: number) => void }) {
  const launch = useLaunchCampaign();
  const showLookAlikes = useLookAlikeModal();
  return (
    <FormDialog<LaunchValues, Launched>
      open={open}
      title="发起爱心一日捐"
      submitLabel="发起"
      fields={['name', 'organizerId', 'year', 'launchedOn']}
      initialValues={{ name: `${year}年爱心一日捐`, year, organizerId: organizers.length === 1 ? organizers[0]?.id : undefined, launchedOn: dayjs() }}
      onCancel={onClose}
      onDone={(launched) => {
        onClose();
        // Its page is found in the campaign's own year, which need not be the one on screen.
        onLaunched(launched.id, launched.year);
        showLookAlikes(launched.lookAlikes);
      }}
      onSubmit={async ({ name, organizerId, year: campaignYear, launchedOn }, { idempotencyKey }) => {
        const { launchDonationCampaign } = await launch.mutateAsync({ name: name.trim(), organizerId, year: campaignYear, launchedOn: apiDate(launchedOn), idempotencyKey });
        return { ...launchDonationCampaign.campaign, lookAlikes: readLookAlikes(launchDonationCampaign.lookAlikes) };
      }}
    >
      <Form.Item name="name" label="活动名称" extra="例如“2023年爱心一日捐”。" rules={requiredText('活动名称', CAMPAIGN_NAME_MAX)}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="organizerId" label="组织工会" rules={[requiredChoice('组织工会')]}>
        <Select options={organizers.map((unit) => ({ value: unit.id, label: unit.label }))} placeholder="选择工会" />
      </Form.Item>
      <Form.Item name="year" label="计入年度" extra="善款计入这一年度的社会责任报告。" rules={[{ required: true, message: '请填写计入年度' }, { type: 'integer', min: 2000, max: 2100, message: '年度须在 2000 到 2100 之间' }]}>
        <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <DateField name="launchedOn" label="发起日期" extra="收款日期不能早于这一天。" />
    </FormDialog>
  );
}

interface DonationValues {
  readonly unionId: string;
  readonly amount: string;
  readonly donorCount: number;
  readonly receivedOn: Dayjs;
}

export function RecordDonationDialog({ open, onClose, campaign, unions }: DialogProps & { readonly campaign: CampaignRow; readonly unions: readonly UnitChoice[] }) {
  const record = useRecordDonation();
  const showLookAlikes = useLookAlikeModal();
  return (
    <FormDialog<DonationValues>
      open={open}
      title={`登记捐款：${campaign.name}`}
      submitLabel="登记"
      fields={['unionId', 'amount', 'donorCount', 'receivedOn']}
      onCancel={onClose}
      onDone={onClose}
      onSubmit={async ({ unionId, amount, donorCount, receivedOn }, { idempotencyKey }) => {
        const { recordUnionDonation } = await record.mutateAsync({ campaignId: campaign.id, unionId, amount: apiAmount(amount), donorCount, receivedOn: apiDate(receivedOn), idempotencyKey });
        showLookAlikes(readLookAlikes(recordUnionDonation.lookAlikes));
      }}
    >
      <Form.Item name="unionId" label="部门工会" rules={[requiredChoice('部门工会')]}>
        <Select options={unions.map((unit) => ({ value: unit.id, label: unit.label }))} placeholder="选择汇款的部门工会" showSearch={{ optionFilterProp: 'label' }} />
      </Form.Item>
      <AmountField name="amount" label="金额" maxYuan={DONATION_AMOUNT_MAX_YUAN} />
      <CountField name="donorCount" label="捐款人数" />
      <DateField name="receivedOn" label="收款日期" extra={`不能早于活动发起日期 ${formatDate(campaign.launchedOn)}。`} />
    </FormDialog>
  );
}

interface CorrectValues {
  readonly amount?: string;
  readonly donorCount?: number;
  readonly reason: string;
}

export function CorrectDonationDialog({ open, onClose, campaign, donation }: DialogProps & { readonly campaign: CampaignRow; readonly donation: DonationRow }) {
  const correct = useCorrectDonation();
  const showLookAlikes = useLookAlikeModal();
  return (
    <FormDialog<CorrectValues>
      open={open}
      title={`更正捐款：${donation.unionPath.at(-1) ?? ''}`}
      submitLabel="保存更正"
      fields={['amount', 'donorCount', 'reason']}
      initialValues={{ amount: donation.amount, donorCount: donation.donorCount }}
      onCancel={onClose}
      onDone={onClose}
      intro={<Notice type="info" title={`现为 ${formatYuan(donation.amount)}、${donation.donorCount} 人。更正会记入历史，原来的数字仍可查到。`} />}
      onSubmit={async ({ amount, donorCount, reason }) => {
        const { correctUnionDonation } = await correct.mutateAsync({
          campaignId: campaign.id,
          donationId: donation.id,
          reason: reason.trim(),
          ...(amount && apiAmount(amount) !== donation.amount ? { amount: apiAmount(amount) } : {}),
          ...(donorCount !== undefined && donorCount !== null && donorCount !== donation.donorCount ? { donorCount } : {}),
        });
        showLookAlikes(readLookAlikes(correctUnionDonation.lookAlikes));
      }}
    >
      <AmountField name="amount" label="金额" maxYuan={DONATION_AMOUNT_MAX_YUAN} optional />
      <CountField name="donorCount" label="捐款人数" optional />
      <ReasonField label="更正原因" max={REASON_MAX} example="少记一人" />
    </FormDialog>
  );
}

export function VoidDonationDialog({ open, onClose, campaign, donation }: DialogProps & { readonly campaign: CampaignRow; readonly donation: DonationRow }) {
  const voidDonation = useVoidDonation();
  return (
    <FormDialog<{ readonly reason: string }>
      open={open}
      title={`作废捐款：${donation.unionPath.at(-1) ?? ''} ${formatYuan(donation.amount)}`}
      submitLabel="确认作废"
      danger
      fields={['reason']}
      onCancel={onClose}
      onDone={onClose}
      intro={<Notice type="warning" title="作废后这笔捐款不再计入任何统计，且不能恢复" description="记录和作废原因都会保留在历史中。录错的数字请用“更正”。" />}
      onSubmit={({ reason }) => voidDonation.mutateAsync({ campaignId: campaign.id, donationId: donation.id, reason: reason.trim() })}
    >
      <ReasonField label="作废原因" max={REASON_MAX} example="重复录入" />
    </FormDialog>
  );
}

export function CloseCampaignDialog({ open, onClose, campaign, missing }: DialogProps & { readonly campaign: CampaignRow; readonly missing: number }) {
  const close = useCloseCampaign();
  return (
    <FormDialog<{ readonly closedOn: Dayjs }>
      open={open}
      title={`结束活动：${campaign.name}`}
      submitLabel="确认结束"
      danger
      fields={['closedOn']}
      initialValues={{ closedOn: dayjs() }}
      onCancel={onClose}
      onDone={onClose}
      intro={
        <Notice
          type="warning"
          title="结束后数字即定稿，不能再登记、更正或作废捐款"
          description={missing > 0 ? `还有 ${missing} 个部门工会没有汇款记录。确认它们不再汇款后再结束。` : '所有部门工会都已汇款。'}
        />
      }
      onSubmit={({ closedOn }) => close.mutateAsync({ id: campaign.id, closedOn: apiDate(closedOn) })}
    >
      <DateField name="closedOn" label="结束日期" extra="不能早于最后一笔收款日期。" />
    </FormDialog>
  );
}

export function VoidCampaignDialog({ open, onClose, campaign }: DialogProps & { readonly campaign: CampaignRow }) {
  const voidCampaign = useVoidCampaign();
  const counted = campaign.donations.filter((donation) => !donation.voided).length;
  return (
    <FormDialog<{ readonly reason: string }>
      open={open}
      title={`作废活动：${campaign.name}`}
      submitLabel="确认作废活动"
      danger
      fields={['reason']}
      onCancel={onClose}
      onDone={onClose}
      intro={
        <Notice
          type="warning"
          title={`活动连同其 ${counted} 笔捐款（${formatYuan(campaign.totals.amount)}）一并作废，且不能恢复`}
          description="作废后它们不再计入任何统计。只用于误发起的活动；录错的单笔捐款请单独更正或作废。"
        />
      }
      onSubmit={({ reason }) => voidCampaign.mutateAsync({ id: campaign.id, reason: reason.trim() })}
    >
      <ReasonField label="作废原因" max={REASON_MAX} example="重复发起" />
    </FormDialog>
  );
}
