import type { OrgChartState, StreamKind } from '@tracker/domain';
import type { RecordedEvent } from '@tracker/event-store';
import { assertMayReadAccountHistory } from '../accounts/account-access';
import { isInScope, OUT_OF_READING_SCOPE } from '../auth/access-policy';
import type { Principal } from '../auth/principal';
import { boothOwner } from '../booths/booth-access';
import { BOOTHS } from '../booths/booth.record-kind';
import { agreementOwner } from '../co-building-agreements/co-building-agreement-access';
import { CO_BUILDING_AGREEMENTS } from '../co-building-agreements/co-building-agreement.record-kind';
import { foldHistory } from '../command-handling/aggregate-loader';
import type { StorableEvent } from '../command-handling/command-runner';
import type { RecordKind } from '../command-handling/record-commands';
import { campaignOwner } from '../donation-campaigns/donation-campaign-access';
import { DONATION_CAMPAIGNS } from '../donation-campaigns/donation-campaign.record-kind';
import { assertMayReadEditionHistory } from '../editions/edition-access';
import { ForbiddenError } from '../errors/app-errors';
import { shiftOwner } from '../exam-sentinel-shifts/exam-sentinel-shift-access';
import { EXAM_SENTINEL_SHIFTS } from '../exam-sentinel-shifts/exam-sentinel-shift.record-kind';
import { grantOwner } from '../relief-grants/relief-grant-access';
import { RELIEF_GRANTS } from '../relief-grants/relief-grant.record-kind';
import { activityOwner } from '../volunteer-activities/volunteer-activity-access';
import { VOLUNTEER_ACTIVITIES } from '../volunteer-activities/volunteer-activity.record-kind';

/** The owner a kind's access check reads from its state, after folding the record's stream with the kind's decider. */
const ownerThrough =
  <Command, Event extends StorableEvent, State>(kind: RecordKind<Command, Event, State>, owner: (state: State) => string | undefined) =>
  (events: readonly RecordedEvent[]): string | undefined =>
    owner(foldHistory(kind.decider, events));

/**
 * The unit each kind of record belongs to NOW, from its whole stream: a correction may move a
 * record to another unit, and scope follows the record (issue 12). Each kind's owner is the one
 * its own access check uses. An org unit's history is the unit's own.
 */
const CURRENT_OWNER: { readonly [Kind in Exclude<StreamKind, 'account' | 'sectionedition'>]: (events: readonly RecordedEvent[]) => string | undefined } = {
  orgchart: (events) => {
    const unit = events[0]?.data['orgUnitId'];
    return typeof unit === 'string' ? unit : undefined;
  },
  volunteeractivity: ownerThrough(VOLUNTEER_ACTIVITIES, activityOwner),
  cobuildingagreement: ownerThrough(CO_BUILDING_AGREEMENTS, agreementOwner),
  donationcampaign: ownerThrough(DONATION_CAMPAIGNS, campaignOwner),
  reliefgrant: ownerThrough(RELIEF_GRANTS, grantOwner),
  examsentinelshift: ownerThrough(EXAM_SENTINEL_SHIFTS, shiftOwner),
  booth: ownerThrough(BOOTHS, boothOwner),
  // The 街道 list is the company's, like the org chart, and read by everyone signed in.
  subdistrictlist: () => undefined,
};

/** A record's history is read by whoever's scope covers the unit it belongs to now (docs/design.md §7). */
export function assertMayReadHistory(principal: Principal, chart: OrgChartState, kind: StreamKind, events: readonly RecordedEvent[]): void {
  // An account belongs to no org unit; its history says who may do what, anywhere.
  if (kind === 'account') return assertMayReadAccountHistory(principal);
  // A series of editions is read as its editions are: within the scope it was published for.
  if (kind === 'sectionedition') return assertMayReadEditionHistory(principal, chart, events);
  const owner = CURRENT_OWNER[kind](events);
  if (owner !== undefined && !isInScope(principal, chart, owner)) throw new ForbiddenError(OUT_OF_READING_SCOPE);
}
