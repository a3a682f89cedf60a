import type { OrgChartState, VolunteerActivityCommand, VolunteerActivityState } from '@tracker/domain';
import { assertMayActForEach } from '../auth/access-policy';
import type { Principal } from '../auth/principal';

/**
 * 志愿服务 volunteer activities belong to a RECORDER covering the organizer (docs/design.md §7): the one
 * recorded, and the one a record or a correction names. An unknown activity or organizer passes
 * here so that the decider answers NOT_FOUND.
 */
export function assertMayActOnActivity(principal: Principal, chart: OrgChartState, state: VolunteerActivityState, command: VolunteerActivityCommand): void {
  const recorded = activityOwner(state);
  const named = command.type === 'VoidVolunteerActivity' ? undefined : command.data.organizer?.id;
  assertMayActForEach(principal, 'RECORDER', chart, [recorded, named]);
}

/** The unit an activity belongs to now: its organizer, after any correction. */
export const activityOwner = (state: VolunteerActivityState): string | undefined => (state.status === 'none' ? undefined : state.facts.organizerId);
