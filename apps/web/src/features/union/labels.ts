// Chinese names of what the treasurer's pages show.
import type { ReliefCategory } from '../../gql/graphql';

export function reliefCategoryLabel(category: ReliefCategory): string {
  switch (category) {
    case 'SERIOUS_ILLNESS':
      return '大病';
    case 'LIVING_HARDSHIP':
      return '生活困难';
    case 'DISASTER':
      return '灾害';
    case 'OTHER':
      return '其他';
    default: {
      const unknownCategory: never = category;
      return unknownCategory;
    }
  }
}

/** Every category, in the order forms offer them. */
export const RELIEF_CATEGORIES: readonly ReliefCategory[] = ['LIVING_HARDSHIP', 'SERIOUS_ILLNESS', 'DISASTER', 'OTHER'];

export type CampaignStatus = 'open' | 'closed' | 'voided';

export function campaignStatusOf(campaign: { readonly closed: boolean; readonly voided: boolean }): CampaignStatus {
  if (campaign.voided) return 'voided';
  return campaign.closed ? 'closed' : 'open';
}

export function campaignStatusLabel(status: CampaignStatus): string {
  switch (status) {
    case 'open':
      return '进行中';
    case 'closed':
      return '已结束';
    case 'voided':
      return '已作废';
    default: {
      const unknownStatus: never = status;
      return unknownStatus;
    }
  }
}
