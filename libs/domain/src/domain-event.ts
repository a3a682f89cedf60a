// Every event type the tracker writes. The KurrentDB `$all` subscription filters on this list, and
// projections switch over the union.
import type { BoothEvent } from './booth/booth.events';
import { BOOTH_EVENT_TYPES } from './booth/booth.events';
import type { CoBuildingAgreementEvent } from './co-building-agreement/co-building-agreement.events';
import { CO_BUILDING_AGREEMENT_EVENT_TYPES } from './co-building-agreement/co-building-agreement.events';
import type { DonationCampaignEvent } from './donation-campaign/donation-campaign.events';
import { DONATION_CAMPAIGN_EVENT_TYPES } from './donation-campaign/donation-campaign.events';
import type { ExamSentinelShiftEvent } from './exam-sentinel-shift/exam-sentinel-shift.events';
import { EXAM_SENTINEL_SHIFT_EVENT_TYPES } from './exam-sentinel-shift/exam-sentinel-shift.events';
import type { OrgChartEvent } from './org-chart/org-chart.events';
import { ORG_CHART_EVENT_TYPES } from './org-chart/org-chart.events';
import type { ReliefGrantEvent } from './relief-grant/relief-grant.events';
import { RELIEF_GRANT_EVENT_TYPES } from './relief-grant/relief-grant.events';
import type { SectionEditionEvent } from './section-edition/section-edition.events';
import { SECTION_EDITION_EVENT_TYPES } from './section-edition/section-edition.events';
import type { VolunteerActivityEvent } from './volunteer-activity/volunteer-activity.events';
import { VOLUNTEER_ACTIVITY_EVENT_TYPES } from './volunteer-activity/volunteer-activity.events';

export type DomainEvent =
  | OrgChartEvent
  | VolunteerActivityEvent
  | CoBuildingAgreementEvent
  | DonationCampaignEvent
  | ReliefGrantEvent
  | ExamSentinelShiftEvent
  | BoothEvent
  | SectionEditionEvent;
export type DomainEventType = DomainEvent['type'];

export const DOMAIN_EVENT_TYPES: readonly DomainEventType[] = [
  ...ORG_CHART_EVENT_TYPES,
  ...VOLUNTEER_ACTIVITY_EVENT_TYPES,
  ...CO_BUILDING_AGREEMENT_EVENT_TYPES,
  ...DONATION_CAMPAIGN_EVENT_TYPES,
  ...RELIEF_GRANT_EVENT_TYPES,
  ...EXAM_SENTINEL_SHIFT_EVENT_TYPES,
  ...BOOTH_EVENT_TYPES,
  ...SECTION_EDITION_EVENT_TYPES,
];

const KNOWN = new Set<string>(DOMAIN_EVENT_TYPES);

export const isDomainEventType = (type: string): type is DomainEventType => KNOWN.has(type);
