// 爱心一日捐 one-day donation campaign: each 部门工会 department union collects its members'
// donations and remits them to the bureau union. Totals are amount, donors and unions.
import type { CalendarDate } from '../shared/calendar-date';
import type { Event } from '../shared/message';

export type DonationCampaignLaunched = Event<'DonationCampaignLaunched', {
  readonly campaignId: string;
  readonly name: string;
  /** The 工会 union running the campaign. */
  readonly organizerId: string;
  readonly organizerPath: readonly string[];
  /** The campaign belongs to this year, whatever the dates of its donations. */
  readonly year: number;
  readonly launchedOn: CalendarDate;
}>;

export type UnionDonationRecorded = Event<'UnionDonationRecorded', {
  readonly campaignId: string;
  readonly donationId: string;
  readonly unionId: string;
  /** Org names as they were when the donation was recorded. */
  readonly unionPath: readonly string[];
  readonly amountFen: number;
  readonly donorCount: number;
  readonly receivedOn: CalendarDate;
}>;

/** Only the corrected figures are present. */
export type UnionDonationCorrected = Event<'UnionDonationCorrected', {
  readonly campaignId: string;
  readonly donationId: string;
  readonly reason: string;
  readonly amountFen?: number;
  readonly donorCount?: number;
}>;

export type DonationCampaignClosed = Event<'DonationCampaignClosed', { readonly campaignId: string; readonly closedOn: CalendarDate }>;

/** A donation entered by mistake (twice, say): it stays in the history and counts no more. */
export type UnionDonationVoided = Event<'UnionDonationVoided', {
  readonly campaignId: string;
  readonly donationId: string;
  readonly reason: string;
}>;

/**
 * A campaign launched by mistake leaves the totals. Voiding it voids each of its donations still
 * counted first, in the same append (one decision), so every donation says why it counts no more.
 */
export type DonationCampaignVoided = Event<'DonationCampaignVoided', { readonly campaignId: string; readonly reason: string }>;

export type DonationCampaignEvent =
  | DonationCampaignLaunched
  | UnionDonationRecorded
  | UnionDonationCorrected
  | DonationCampaignClosed
  | UnionDonationVoided
  | DonationCampaignVoided;

export const DONATION_CAMPAIGN_EVENT_TYPES = [
  'DonationCampaignLaunched',
  'UnionDonationRecorded',
  'UnionDonationCorrected',
  'DonationCampaignClosed',
  'UnionDonationVoided',
  'DonationCampaignVoided',
] as const satisfies readonly DonationCampaignEvent['type'][];
