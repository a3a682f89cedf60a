import { Badge } from 'antd';
import { campaignStatusLabel, campaignStatusOf } from '../labels';

// Badges, not coloured tags: a dot beside text in the normal colour keeps WCAG AA contrast.
const STATUSES = { open: 'processing', closed: 'success', voided: 'default' } as const;

/** 进行中, 已结束 or 已作废. */
export function CampaignStatusTag({ campaign }: { readonly campaign: { readonly closed: boolean; readonly voided: boolean } }) {
  const status = campaignStatusOf(campaign);
  return <Badge status={STATUSES[status]} text={campaignStatusLabel(status)} />;
}

/** A donation's or grant's state: 有效, 已更正, or 已作废 with its reason. */
export function RecordStateBadge({ record }: { readonly record: { readonly voided: boolean; readonly voidReason?: string | null; readonly correctedAt?: string | null } }) {
  if (record.voided) return <Badge status="default" text={`已作废：${record.voidReason ?? ''}`} />;
  if (record.correctedAt) return <Badge status="processing" text="已更正" />;
  return <Badge status="success" text="有效" />;
}
