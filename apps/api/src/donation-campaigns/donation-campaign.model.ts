import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { campaignTotals, donationTotals, formatFenAsYuan, type DonationCampaignState, type OrgChartState, type UnionDonation } from '@tracker/domain';
import type { CampaignRow, DonationRow, ReadModelRows } from '@tracker/projections';
import type { Principal } from '../auth/principal';
import { campaignAsSeenBy } from './donation-campaign-access';
import { CalendarDateScalar } from '../graphql/scalars/calendar-date.scalar';
import { DecimalScalar } from '../graphql/scalars/decimal.scalar';
import { rowOf, VoidableRecordModel, voidableFields } from '../shared/recorded.model';
import { type LazyLookAlikes, LOOK_ALIKES_FIELD, LookAlikeModel, NO_LOOK_ALIKES, WARNINGS_FIELD } from '../shared/look-alikes';

@ObjectType('UnionDonation', { description: "One 部门工会 department union's remittance to an 爱心一日捐 campaign, as it stands after corrections" })
export class UnionDonationModel extends VoidableRecordModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) unionId!: string;
  @Field(() => [String], { description: "The union's names as they were when the donation was recorded" }) unionPath!: readonly string[];
  @Field(() => DecimalScalar, { description: 'yuan' }) amount!: string;
  @Field(() => Int, { description: '捐款人数 donors' }) donorCount!: number;
  @Field(() => CalendarDateScalar) receivedOn!: string;

  static from(donationId: string, donation: UnionDonation, rows: ReadModelRows): UnionDonationModel {
    const { unionId, unionPath } = donation.original;
    const { amountFen: _amountFen, voidReason: _voidReason, ...facts } = donation;
    return Object.assign(new UnionDonationModel(), {
      ...facts,
      id: donationId,
      unionId,
      unionPath,
      amount: formatFenAsYuan(donation.amountFen),
      ...voidableFields(rowOf(rows.donations, donationId)),
    });
  }

  static fromRow(row: DonationRow): UnionDonationModel {
    const { id, unionId, unionPath, donorCount, receivedOn } = row;
    return Object.assign(new UnionDonationModel(), { id, unionId, unionPath, donorCount, receivedOn, amount: formatFenAsYuan(row.amountFen), ...voidableFields(row) });
  }
}

// Not `CampaignTotals`: that name belongs to the yearly section query (docs/design.md §6).
@ObjectType('DonationCampaignTotals', { description: 'Current totals of one campaign (of the donations listed with it), after corrections, voided donations left out' })
export class DonationCampaignTotalsModel {
  @Field(() => DecimalScalar, { description: 'yuan' }) amount!: string;
  @Field(() => Int, { description: '捐款人数 donors' }) donorCount!: number;
  @Field(() => Int, { description: 'Distinct unions that donated' }) unionCount!: number;
}

const totalsModel = ({ amountFen, ...counts }: { amountFen: number; donorCount: number; unionCount: number }): DonationCampaignTotalsModel =>
  Object.assign(new DonationCampaignTotalsModel(), { ...counts, amount: formatFenAsYuan(amountFen) });

@ObjectType('DonationCampaign', { description: '爱心一日捐 one-day donation campaign run by a 工会 union, with its donations' })
export class DonationCampaignModel extends VoidableRecordModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => ID, { description: 'The organizing union' }) organizerId!: string;
  @Field(() => [String], { description: "The organizer's names as they were at launch" }) organizerPath!: readonly string[];
  @Field(() => Int, { description: 'The report year the campaign belongs to' }) year!: number;
  @Field(() => CalendarDateScalar) launchedOn!: string;
  @Field({ description: 'True once closed: its figures are final' }) closed!: boolean;
  @Field(() => CalendarDateScalar, { nullable: true }) closedOn?: string;
  @Field(() => [UnionDonationModel], { description: 'In the order they were recorded (in a ledger: by date received), voided ones included' }) donations!: UnionDonationModel[];
  @Field(() => DonationCampaignTotalsModel) totals!: DonationCampaignTotalsModel;

  /** A command's answer: the facts as the decider holds them, the ledger fields from the records' rows. */
  static from(state: DonationCampaignState, rows: ReadModelRows): DonationCampaignModel {
    if (state.status === 'none') throw new Error('no donation campaign in this state');
    const closedOn = state.status === 'open' ? undefined : state.closedOn;
    return Object.assign(new DonationCampaignModel(), {
      ...state.campaign,
      id: state.campaign.campaignId,
      closed: closedOn !== undefined,
      closedOn,
      donations: [...state.donations].map(([id, donation]) => UnionDonationModel.from(id, donation, rows)),
      totals: totalsModel(campaignTotals(state)),
      ...voidableFields(rowOf(rows.campaigns, state.campaign.campaignId)),
    });
  }

  /** A ledger's entry: the campaign with the donations its reader sees. */
  static fromRows(row: CampaignRow, donations: readonly DonationRow[]): DonationCampaignModel {
    const { id, name, organizerId, organizerPath, year, launchedOn, closed } = row;
    return Object.assign(new DonationCampaignModel(), {
      id,
      name,
      organizerId,
      organizerPath,
      year,
      launchedOn,
      closed,
      closedOn: row.closedOn ?? undefined,
      donations: donations.map((d) => UnionDonationModel.fromRow(d)),
      totals: totalsModel(donationTotals(donations)),
      ...voidableFields(row),
    });
  }
}

@ObjectType('DonationCampaignPayload')
export class DonationCampaignPayload {
  @Field({ description: 'Global position of the last event written' }) position!: string;
  @Field(() => DonationCampaignModel) campaign!: DonationCampaignModel;
  @Field(() => ID, { nullable: true, description: 'The donation recorded, corrected or voided; null for launch, close and a void of the campaign' }) donationId?: string;
  @Field(() => [LookAlikeModel], LOOK_ALIKES_FIELD) lookAlikes!: LazyLookAlikes;
  /** The same look-alikes, said as sentences. */
  @Field(() => [String], WARNINGS_FIELD) get warnings(): LazyLookAlikes {
    return this.lookAlikes;
  }

  /** The campaign as the caller may see it (campaignAsSeenBy): a payload obeys the scope the queries do. */
  static of(
    position: bigint,
    state: DonationCampaignState,
    rows: ReadModelRows,
    seenBy: { readonly principal: Principal; readonly chart: OrgChartState },
    options: { readonly donationId?: string; readonly lookAlikes?: LazyLookAlikes } = {},
  ): DonationCampaignPayload {
    return Object.assign(new DonationCampaignPayload(), {
      position: position.toString(),
      campaign: DonationCampaignModel.from(campaignAsSeenBy(seenBy.principal, seenBy.chart, state), rows),
      donationId: options.donationId,
      lookAlikes: options.lookAlikes ?? NO_LOOK_ALIKES,
    });
  }
}
