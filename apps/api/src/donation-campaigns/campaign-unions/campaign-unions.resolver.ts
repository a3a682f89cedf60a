import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { campaignUnionIds, orgUnitsOf } from '@tracker/domain';
import { isInScope } from '../../auth/access-policy';
import { type Caller, CurrentCaller } from '../../auth/current-principal.decorator';
import { OrgChartReader } from '../../org-units/org-chart.reader';
import { OrgUnitModel } from '../../org-units/org-unit.model';
import { DonationCampaignModel } from '../donation-campaign.model';

/**
 * 爱心一日捐: the 部门工会 a campaign expects, so its treasurer sees who has remitted and who has
 * not. The organizer's treasurer sees them all (the units lie outside its own scope, but it records
 * their remittances); anyone else only those in its scope, as with the donations (campaignAsSeenBy).
 */
@Resolver(() => DonationCampaignModel)
export class CampaignUnionsResolver {
  constructor(private readonly orgChart: OrgChartReader) {}

  @ResolveField(() => [OrgUnitModel], { description: 'The 部门工会 department unions expected to remit: the live unions under the organizer’s parent unit, the organizer left out; the ones your scope sees' })
  async expectedUnions(@Parent() campaign: DonationCampaignModel, @CurrentCaller() { principal }: Caller): Promise<OrgUnitModel[]> {
    const chart = await this.orgChart.current();
    const seesAll = isInScope(principal, chart, campaign.organizerId);
    const expected = new Set(campaignUnionIds(chart, campaign.organizerId).filter((id) => seesAll || isInScope(principal, chart, id)));
    return orgUnitsOf(chart)
      .filter((unit) => expected.has(unit.id))
      .map((unit) => OrgUnitModel.from(chart, unit));
  }
}
