import { Tag } from 'antd';
import { campaignStatusLabel, campaignStatusOf } from '../labels';

const COLORS = { open: 'processing', closed: 'success', voided: 'default' } as const;

/** 进行中, 已结束 or 已作废. */
export function CampaignStatusTag({ campaign }: { readonly campaign: { readonly closed: boolean; readonly voided: boolean } }) {
  const status = campaignStatusOf(campaign);
  return (
    <Tag color={COLORS[status]} bordered={false} style={{ marginInlineEnd: 0 }}>
      {campaignStatusLabel(status)}
    </Tag>
  );
}
