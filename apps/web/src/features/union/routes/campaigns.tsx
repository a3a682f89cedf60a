// 爱心一日捐: the year's campaigns in the treasurer's scope, found by name or union, and a new one launched.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Pagination } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { RequestError } from '../../../components/request-error';
import { type ListColumn, ResponsiveList } from '../../../components/responsive-list';
import { useSelectedYear } from '../../../hooks/use-selected-year';
import { formatCount, formatDate, formatYuan } from '../../../lib/format';
import { linkKeepingYear, searchWithYear } from '../../../lib/year';
import { useDonationCampaigns, useTreasurerUnits } from '../api/campaigns';
import { type CampaignRow, LaunchCampaignDialog } from '../components/campaign-dialogs';
import { CampaignStatusTag } from '../components/status-tag';

const PAGE_SIZE = 10;

export const campaignPath = (id: string) => `/union/campaigns/${id}`;

export function CampaignsRoute() {
  const [year] = useSelectedYear();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [page, setPage] = useState(1);
  const [launching, setLaunching] = useState(false);
  const campaigns = useDonationCampaigns(year, text);
  const units = useTreasurerUnits();
  const organizers = (units.data?.orgUnits ?? []).filter((unit) => unit.kind === 'UNION' && !unit.retired).map((unit) => ({ id: unit.id, label: unit.path.join(' / ') }));
  const rows = campaigns.data?.donationCampaigns;
  const link = (id: string) => linkKeepingYear(campaignPath(id), search);

  const columns: ListColumn<CampaignRow>[] = [
    { key: 'name', title: '活动名称', render: (campaign) => <Link to={link(campaign.id)}>{campaign.name}</Link> },
    { key: 'organizer', title: '组织工会', render: (campaign) => campaign.organizerPath.at(-1) },
    { key: 'launchedOn', title: '发起日期', render: (campaign) => formatDate(campaign.launchedOn) },
    { key: 'amount', title: '善款', render: (campaign) => formatYuan(campaign.totals.amount) },
    { key: 'donors', title: '捐款人数', render: (campaign) => `${formatCount(campaign.totals.donorCount)} 人` },
    { key: 'unions', title: '已汇款工会', render: (campaign) => `${campaign.totals.unionCount} / ${campaign.expectedUnions.length || campaign.totals.unionCount} 个` },
    { key: 'status', title: '状态', render: (campaign) => <CampaignStatusTag campaign={campaign} /> },
  ];

  return (
    <Flex vertical gap={16}>
      <PageHeader
        title="爱心一日捐"
        description={`${year} 年度的爱心一日捐活动：各部门工会汇款的金额和人数、尚未汇款的工会。点活动名称查看和登记捐款、导入汇总表。`}
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setLaunching(true)} disabled={organizers.length === 0}>
            发起活动
          </Button>
        }
      />
      <Input.Search
        aria-label="按活动或工会名称查找"
        placeholder="按活动或工会名称查找"
        allowClear
        enterButton="查找"
        onSearch={(value) => {
          setText(value);
          setPage(1);
        }}
        style={{ maxWidth: 420 }}
      />
      {campaigns.isError ? <RequestError error={campaigns.error} onRetry={() => void campaigns.refetch()} /> : null}
      <ResponsiveList<CampaignRow>
        label="爱心一日捐活动列表"
        rows={rows?.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)}
        rowKey={(campaign) => campaign.id}
        columns={columns}
        loading={campaigns.isPending}
        emptyText={text ? '没有找到符合条件的活动' : `${year} 年度还没有爱心一日捐活动`}
        cardTitle={(campaign) => <Link to={link(campaign.id)}>{campaign.name}</Link>}
      />
      {rows && rows.length > PAGE_SIZE ? <Pagination align="end" current={page} pageSize={PAGE_SIZE} total={rows.length} onChange={setPage} showTotal={(total) => `共 ${total} 个活动`} /> : null}
      <LaunchCampaignDialog open={launching} onClose={() => setLaunching(false)} organizers={organizers} year={year} onLaunched={(id, campaignYear) => void navigate(linkKeepingYear(campaignPath(id), searchWithYear(search, campaignYear)))} />
    </Flex>
  );
}

export { CampaignsRoute as Component };
