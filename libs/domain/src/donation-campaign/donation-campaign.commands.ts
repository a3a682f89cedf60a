// 爱心一日捐 one-day donation commands. Amounts arrive as yuan text (the API's Decimal) and are
// turned into fen in `decide`.
import type { OrgUnitSnapshot } from '../shared/org-unit-ref';
import type { Command } from '../shared/message';

export type LaunchDonationCampaign = Command<'LaunchDonationCampaign', {
  readonly campaignId: string;
  readonly name: string;
  readonly organizerId: string;
  /** Resolved by the app from the OrgChart; must be a UNION. */
  readonly organizer?: OrgUnitSnapshot | null;
  readonly year: number;
  readonly launchedOn: string;
}>;

export type RecordUnionDonation = Command<'RecordUnionDonation', {
  readonly campaignId: string;
  readonly donationId: string;
  readonly unionId: string;
  /** Resolved by the app from the OrgChart; must be a UNION. */
  readonly union?: OrgUnitSnapshot | null;
  /** Yuan, e.g. '5860.00'. */
  readonly amount: string;
  readonly donorCount: number;
  readonly receivedOn: string;
}>;

export type CorrectUnionDonation = Command<'CorrectUnionDonation', {
  readonly campaignId: string;
  readonly donationId: string;
  readonly reason: string;
  readonly amount?: string | null;
  readonly donorCount?: number | null;
}>;

export type CloseDonationCampaign = Command<'CloseDonationCampaign', { readonly campaignId: string; readonly closedOn: string }>;

export type VoidUnionDonation = Command<'VoidUnionDonation', { readonly campaignId: string; readonly donationId: string; readonly reason: string }>;

/** Voids the campaign and, with it, every donation it still counts. */
export type VoidDonationCampaign = Command<'VoidDonationCampaign', { readonly campaignId: string; readonly reason: string }>;

export type DonationCampaignCommand =
  | LaunchDonationCampaign
  | RecordUnionDonation
  | CorrectUnionDonation
  | CloseDonationCampaign
  | VoidUnionDonation
  | VoidDonationCampaign;
