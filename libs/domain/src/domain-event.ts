// Every event type the tracker writes. The KurrentDB `$all` subscription filters on this list, and
// projections switch over the union.
import type { DonationCampaignEvent } from './donation-campaign/donation-campaign.events';
import { DONATION_CAMPAIGN_EVENT_TYPES } from './donation-campaign/donation-campaign.events';
import type { OrgChartEvent } from './org-chart/org-chart.events';
import { ORG_CHART_EVENT_TYPES } from './org-chart/org-chart.events';
import type { VolunteerActivityEvent } from './volunteer-activity/volunteer-activity.events';
import { VOLUNTEER_ACTIVITY_EVENT_TYPES } from './volunteer-activity/volunteer-activity.events';

export type DomainEvent = OrgChartEvent | VolunteerActivityEvent | DonationCampaignEvent;
export type DomainEventType = DomainEvent['type'];

export const DOMAIN_EVENT_TYPES: readonly DomainEventType[] = [
  ...ORG_CHART_EVENT_TYPES,
  ...VOLUNTEER_ACTIVITY_EVENT_TYPES,
  ...DONATION_CAMPAIGN_EVENT_TYPES,
];

const KNOWN = new Set<string>(DOMAIN_EVENT_TYPES);

export const isDomainEventType = (type: string): type is DomainEventType => KNOWN.has(type);
