import {
  boothDecider,
  coBuildingAgreementDecider,
  donationCampaignDecider,
  examSentinelShiftDecider,
  reliefGrantDecider,
  volunteerActivityDecider,
  type OrgChartState,
  type StreamKind,
} from '@tracker/domain';
import type { RecordedEvent } from '@tracker/event-store';
import { isInScope, OUT_OF_READING_SCOPE } from '../auth/access-policy';
import type { Principal } from '../auth/principal';
import { boothOwner } from '../booths/booth-access';
import { agreementOwner } from '../co-building-agreements/co-building-agreement-access';
import { foldHistory } from '../command-handling/aggregate-loader';
import { campaignOwner } from '../donation-campaigns/donation-campaign-access';
import { ForbiddenError } from '../errors/app-errors';
import { shiftOwner } from '../exam-sentinel-shifts/exam-sentinel-shift-access';
import { grantOwner } from '../relief-grants/relief-grant-access';
import { activityOwner } from '../volunteer-activities/volunteer-activity-access';

/**
 * The unit each kind of record belongs to NOW, from its whole stream: a correction may move a
 * record to another unit, and scope follows the record (issue 12). Each kind's owner is the one
 * its own access check uses. An org unit's history is the unit's own.
 */
const CURRENT_OWNER: { readonly [Kind in StreamKind]: (events: readonly RecordedEvent[]) => string | undefined } = {
  orgchart: (events) => {
    const unit = events[0]?.data['orgUnitId'];
    return typeof unit === 'string' ? unit : undefined;
  },
  volunteeractivity: (events) => activityOwner(foldHistory(volunteerActivityDecider, events)),
  cobuildingagreement: (events) => agreementOwner(foldHistory(coBuildingAgreementDecider, events)),
  donationcampaign: (events) => campaignOwner(foldHistory(donationCampaignDecider, events)),
  reliefgrant: (events) => grantOwner(foldHistory(reliefGrantDecider, events)),
  examsentinelshift: (events) => shiftOwner(foldHistory(examSentinelShiftDecider, events)),
  booth: (events) => boothOwner(foldHistory(boothDecider, events)),
};

/** A record's history is read by whoever's scope covers the unit it belongs to now (DESIGN §7). */
export function assertMayReadHistory(principal: Principal, chart: OrgChartState, kind: StreamKind, events: readonly RecordedEvent[]): void {
  const owner = CURRENT_OWNER[kind](events);
  if (owner !== undefined && !isInScope(principal, chart, owner)) throw new ForbiddenError(OUT_OF_READING_SCOPE);
}
