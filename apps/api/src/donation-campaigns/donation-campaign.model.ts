import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { campaignTotals, formatFenAsYuan, type DonationCampaignState, type OrgChartState, type UnionDonation } from '@tracker/domain';
import type { Principal } from '../auth/principal';
import { campaignAsSeenBy } from './donation-campaign-access';
import { CalendarDateScalar } from '../graphql/scalars/calendar-date.scalar';
import { DecimalScalar } from '../graphql/scalars/decimal.scalar';

@ObjectType('UnionDonation', { description: "One 部门工会 department union's remittance to an 爱心一日捐 campaign, as it stands after corrections" })
export class UnionDonationModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) unionId!: string;
  @Field(() => [String], { description: "The union's names as they were when the donation was recorded" }) unionPath!: readonly string[];
  @Field(() => DecimalScalar, { description: 'yuan' }) amount!: string;
  @Field(() => Int, { description: '捐款人数 donors' }) donorCount!: number;
  @Field(() => CalendarDateScalar) receivedOn!: string;

  static from(donationId: string, donation: UnionDonation): UnionDonationModel {
    const { unionId, unionPath } = donation.original;
    return Object.assign(new UnionDonationModel(), { ...donation, id: donationId, unionId, unionPath, amount: formatFenAsYuan(donation.amountFen) });
  }
}

// Not `CampaignTotals`: that name belongs to the yearly section query (docs/design.md §6).
@ObjectType('DonationCampaignTotals', { description: 'Current totals of one campaign, after corrections' })
export class DonationCampaignTotalsModel {
  @Field(() => DecimalScalar, { description: 'yuan' }) amount!: string;
  @Field(() => Int, { description: '捐款人数 donors' }) donorCount!: number;
  @Field(() => Int, { description: 'Distinct unions that donated' }) unionCount!: number;
}

@ObjectType('DonationCampaign', { description: '爱心一日捐 one-day donation campaign run by a 工会 union, with its donations' })
export class DonationCampaignModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => ID, { description: 'The organizing union' }) organizerId!: string;
  @Field(() => [String], { description: "The organizer's names as they were at launch" }) organizerPath!: readonly string[];
  @Field(() => Int, { description: 'The report year the campaign belongs to' }) year!: number;
  @Field(() => CalendarDateScalar) launchedOn!: string;
  @Field({ description: 'True once closed: its figures are final' }) closed!: boolean;
  @Field(() => CalendarDateScalar, { nullable: true }) closedOn?: string;
  @Field(() => [UnionDonationModel], { description: 'In the order they were recorded' }) donations!: UnionDonationModel[];
  @Field(() => DonationCampaignTotalsModel) totals!: DonationCampaignTotalsModel;

  static from(state: DonationCampaignState): DonationCampaignModel {
    if (state.status === 'none') throw new Error('no donation campaign in this state');
    const totals = campaignTotals(state);
    return Object.assign(new DonationCampaignModel(), {
      ...state.campaign,
      id: state.campaign.campaignId,
      closed: state.status === 'closed',
      closedOn: state.status === 'closed' ? state.closedOn : undefined,
      donations: [...state.donations].map(([id, donation]) => UnionDonationModel.from(id, donation)),
      totals: Object.assign(new DonationCampaignTotalsModel(), { ...totals, amount: formatFenAsYuan(totals.amountFen) }),
    });
  }
}

@ObjectType('DonationCampaignPayload')
export class DonationCampaignPayload {
  @Field({ description: 'Global position of the last event written' }) position!: string;
  @Field(() => DonationCampaignModel) campaign!: DonationCampaignModel;
  @Field(() => ID, { nullable: true, description: 'The donation recorded or corrected; null for launch and close' }) donationId?: string;

  /** The campaign as the caller may see it (campaignAsSeenBy): a payload obeys the scope the queries do. */
  static of(position: bigint, state: DonationCampaignState, seenBy: { readonly principal: Principal; readonly chart: OrgChartState }, donationId?: string): DonationCampaignPayload {
    const campaign = DonationCampaignModel.from(campaignAsSeenBy(seenBy.principal, seenBy.chart, state));
    return Object.assign(new DonationCampaignPayload(), { position: position.toString(), campaign, donationId });
  }
}
