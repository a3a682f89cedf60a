// 爱心一日捐 one-day donation campaign: each 部门工会 department union collects its members'
// donations and remits them to the bureau union. Totals are amount, donors and unions.
import type { CalendarDate } from '../shared/calendar-date';

export type DonationCampaignLaunched = {
  readonly type: 'DonationCampaignLaunched';
  readonly data: {
    readonly campaignId: string;
    readonly name: string;
    /** The 工会 union running the campaign. */
    readonly organizerId: string;
    readonly organizerPath: readonly string[];
    /** The campaign belongs to this year, whatever the dates of its donations. */
    readonly year: number;
    readonly launchedOn: CalendarDate;
  };
};

export type UnionDonationRecorded = {
  readonly type: 'UnionDonationRecorded';
  readonly data: {
    readonly campaignId: string;
    readonly donationId: string;
    readonly unionId: string;
    /** Org names as they were when the donation was recorded. */
    readonly unionPath: readonly string[];
    readonly amountFen: number;
    readonly donorCount: number;
    readonly receivedOn: CalendarDate;
  };
};

/** Only the corrected figures are present. */
export type UnionDonationCorrected = {
  readonly type: 'UnionDonationCorrected';
  readonly data: {
    readonly campaignId: string;
    readonly donationId: string;
    readonly reason: string;
    readonly amountFen?: number;
    readonly donorCount?: number;
  };
};

export type DonationCampaignClosed = {
  readonly type: 'DonationCampaignClosed';
  readonly data: { readonly campaignId: string; readonly closedOn: CalendarDate };
};

export type DonationCampaignEvent = DonationCampaignLaunched | UnionDonationRecorded | UnionDonationCorrected | DonationCampaignClosed;

export const DONATION_CAMPAIGN_EVENT_TYPES = [
  'DonationCampaignLaunched',
  'UnionDonationRecorded',
  'UnionDonationCorrected',
  'DonationCampaignClosed',
] as const satisfies readonly DonationCampaignEvent['type'][];
