// One 爱心一日捐 campaign: its totals, which 部门工会 have remitted, its donations (record, correct,
// void), the import of a filled sheet, and closing or voiding it.
import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { FigureList } from '../../../components/figure-list';
import { PageHeader } from '../../../components/page-header';
import { PageLoading } from '../../../components/page-loading';
import { RequestError } from '../../../components/request-error';
import { type ListColumn, ResponsiveList } from '../../../components/responsive-list';
import { useSelectedYear } from '../../../hooks/use-selected-year';
import { formatAmount, formatCount, formatDate, formatYuan } from '../../../lib/format';
import { linkKeepingYear } from '../../../lib/year';
import { useDonationCampaigns, useTreasurerUnits } from '../api/campaigns';
import {
  type CampaignRow,
  CloseCampaignDialog,
  CorrectDonationDialog,
  type DonationRow,
  RecordDonationDialog,
  type UnitChoice,
  VoidCampaignDialog,
  VoidDonationDialog,
} from '../components/campaign-dialogs';
import { ImportPanel } from '../components/import-panel';
import { RemittanceProgressView } from '../components/remittance-progress';
import { CampaignStatusTag, RecordStateBadge } from '../components/status-tag';
import { remittanceProgress } from '../remittance';

type OpenDialog =
  | { readonly kind: 'record' | 'close' | 'void-campaign' }
  | { readonly kind: 'correct' | 'void-donation'; readonly donation: DonationRow }
  | undefined;

function CampaignPage({ campaign }: { readonly campaign: CampaignRow }) {
  const [dialog, setDialog] = useState<OpenDialog>();
  const units = useTreasurerUnits();
  const [search] = useSearchParams();
  const close = () => setDialog(undefined);
  const open = !campaign.closed && !campaign.voided;
  const progress = remittanceProgress(campaign.expectedUnions, campaign.donations);
  const unionChoices: UnitChoice[] = [
    ...campaign.expectedUnions.map((unit) => ({ id: unit.id, label: unit.name })),
    ...(units.data?.orgUnits ?? [])
      .filter((unit) => unit.kind === 'UNION' && !unit.retired && unit.id !== campaign.organizerId && !campaign.expectedUnions.some((expected) => expected.id === unit.id))
      .map((unit) => ({ id: unit.id, label: unit.path.join(' / ') })),
  ];

  const columns: ListColumn<DonationRow>[] = [
    { key: 'union', title: '部门工会', render: (donation) => donation.unionPath.at(-1) },
    { key: 'amount', title: '金额（元）', render: (donation) => <span style={{ textDecoration: donation.voided ? 'line-through' : undefined }}>{formatAmount(donation.amount)}</span> },
    { key: 'donors', title: '捐款人数', render: (donation) => formatCount(donation.donorCount) },
    { key: 'receivedOn', title: '收款日期', render: (donation) => formatDate(donation.receivedOn) },
    { key: 'state', title: '状态', render: (donation) => <RecordStateBadge record={donation} /> },
  ];

  return (
    <Flex vertical gap={16}>
      <Link to={linkKeepingYear('/union/campaigns', search)}>
        <ArrowLeftOutlined aria-hidden /> 返回爱心一日捐列表
      </Link>
      <PageHeader
        title={campaign.name}
        description={
          <Flex gap={8} wrap align="center" component="span">
            <CampaignStatusTag campaign={campaign} />
            <span>
              {campaign.organizerPath.at(-1)}发起于 {formatDate(campaign.launchedOn)}，计入 {campaign.year} 年度
              {campaign.closedOn ? `，${formatDate(campaign.closedOn)}结束` : ''}
              {campaign.voided ? `，已作废（${campaign.voidReason ?? ''}）` : ''}
            </span>
          </Flex>
        }
        extra={
          open ? (
            <>
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setDialog({ kind: 'record' })}>
                登记捐款
              </Button>
              <Button onClick={() => setDialog({ kind: 'close' })}>结束活动</Button>
              <Button danger onClick={() => setDialog({ kind: 'void-campaign' })}>
                作废活动
              </Button>
            </>
          ) : campaign.closed && !campaign.voided ? (
            <Button danger onClick={() => setDialog({ kind: 'void-campaign' })}>
              作废活动
            </Button>
          ) : null
        }
      />
      <Card size="small" title="善款合计">
        <FigureList
          figures={[
            { label: '善款', value: formatAmount(campaign.totals.amount), unit: '元' },
            { label: '捐款人数', value: formatCount(campaign.totals.donorCount), unit: '人' },
            { label: '已汇款工会', value: String(campaign.totals.unionCount), unit: '个' },
          ]}
        />
      </Card>
      <Card size="small" title="汇款进度">
        {progress.expectedCount === 0 ? <Empty description="没有需要汇款的部门工会" /> : <RemittanceProgressView progress={progress} />}
      </Card>
      {open ? (
        <Card size="small" title="从 Excel 导入各部门工会的汇款">
          <ImportPanel kind="union-donations" campaignId={campaign.id} what="部门工会的汇款" />
        </Card>
      ) : null}
      <Card size="small" title={`捐款记录（${campaign.donations.length} 笔）`}>
        <ResponsiveList<DonationRow>
          label="捐款记录"
          rows={campaign.donations}
          rowKey={(donation) => donation.id}
          columns={columns}
          emptyText="还没有捐款记录"
          cardTitle={(donation) => `${donation.unionPath.at(-1) ?? ''} · ${formatYuan(donation.amount)}`}
          actions={
            open
              ? (donation) =>
                  donation.voided ? null : (
                    <>
                      <Button size="small" onClick={() => setDialog({ kind: 'correct', donation })} aria-label={`更正 ${donation.unionPath.at(-1) ?? ''} 的捐款`}>
                        更正
                      </Button>
                      <Button size="small" danger onClick={() => setDialog({ kind: 'void-donation', donation })} aria-label={`作废 ${donation.unionPath.at(-1) ?? ''} 的捐款`}>
                        作废
                      </Button>
                    </>
                  )
              : undefined
          }
        />
      </Card>
      <RecordDonationDialog open={dialog?.kind === 'record'} onClose={close} campaign={campaign} unions={unionChoices} />
      <CloseCampaignDialog open={dialog?.kind === 'close'} onClose={close} campaign={campaign} missing={progress.expectedCount - progress.remittedCount} />
      <VoidCampaignDialog open={dialog?.kind === 'void-campaign'} onClose={close} campaign={campaign} />
      {dialog?.kind === 'correct' || dialog?.kind === 'void-donation' ? (
        <>
          <CorrectDonationDialog open={dialog.kind === 'correct'} onClose={close} campaign={campaign} donation={dialog.donation} />
          <VoidDonationDialog open={dialog.kind === 'void-donation'} onClose={close} campaign={campaign} donation={dialog.donation} />
        </>
      ) : null}
    </Flex>
  );
}

export function CampaignRoute() {
  const { id } = useParams();
  const [year] = useSelectedYear();
  const campaigns = useDonationCampaigns(year);
  if (campaigns.isPending) return <PageLoading />;
  if (campaigns.isError) return <RequestError error={campaigns.error} onRetry={() => void campaigns.refetch()} />;
  const campaign = campaigns.data.donationCampaigns.find((candidate) => candidate.id === id);
  if (!campaign) {
    return (
      <Empty description={<Typography.Text>{`${year} 年度没有这次爱心一日捐活动。请在页头换一个年度，或回到列表查找。`}</Typography.Text>}>
        <Link to="/union/campaigns">返回爱心一日捐列表</Link>
      </Empty>
    );
  }
  return <CampaignPage campaign={campaign} />;
}

export { CampaignRoute as Component };
