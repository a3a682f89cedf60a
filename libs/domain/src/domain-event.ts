// The event types of the records the read model counts, which projections switch over; with the
// accounts', the editions' and the 街道 list's own events they are every event type the tracker
// writes (TRACKER_EVENT_TYPES), the list KurrentDB's `$all` reads filter on.
import type { AccountEvent } from './account/account.events';
import { ACCOUNT_EVENT_TYPES } from './account/account.events';
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
import type { SubdistrictListEvent } from './subdistrict-list/subdistrict-list.events';
import { SUBDISTRICT_LIST_EVENT_TYPES } from './subdistrict-list/subdistrict-list.events';
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
  | BoothEvent;
export type DomainEventType = DomainEvent['type'];

export const DOMAIN_EVENT_TYPES: readonly DomainEventType[] = [
  ...ORG_CHART_EVENT_TYPES,
  ...VOLUNTEER_ACTIVITY_EVENT_TYPES,
  ...CO_BUILDING_AGREEMENT_EVENT_TYPES,
  ...DONATION_CAMPAIGN_EVENT_TYPES,
  ...RELIEF_GRANT_EVENT_TYPES,
  ...EXAM_SENTINEL_SHIFT_EVENT_TYPES,
  ...BOOTH_EVENT_TYPES,
];

const KNOWN = new Set<string>(DOMAIN_EVENT_TYPES);

export const isDomainEventType = (type: string): type is DomainEventType => KNOWN.has(type);

/**
 * Every event the tracker writes: accounts, published editions and the 街道 list feed no
 * projection (an edition carries its own figures), but the write side, backups and `$all` readers see them.
 */
export type TrackerEvent = DomainEvent | AccountEvent | SectionEditionEvent | SubdistrictListEvent;

export const TRACKER_EVENT_TYPES: readonly TrackerEvent['type'][] = [
  ...DOMAIN_EVENT_TYPES,
  ...ACCOUNT_EVENT_TYPES,
  ...SECTION_EDITION_EVENT_TYPES,
  ...SUBDISTRICT_LIST_EVENT_TYPES,
];

const TRACKER_KNOWN = new Set<string>(TRACKER_EVENT_TYPES);

export const isTrackerEventType = (type: string): type is TrackerEvent['type'] => TRACKER_KNOWN.has(type);
