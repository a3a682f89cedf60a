import {
  volunteerActivityDecider,
  streamIdFor,
  type VolunteerActivityCommand,
  type VolunteerActivityEvent,
  type VolunteerActivityState,
  type VoidVolunteerActivity,
} from '@tracker/domain';
import type { RecordKind } from '../command-handling/record-commands';
import { voidable } from '../shared/void-record/voidable';
import { assertMayActOnActivity } from './volunteer-activity-access';
import { VolunteerActivityPayload } from './volunteer-activity.model';

/** Where a record of this kind lives, what decides for it and who may act on it (see RecordKind). */
export const VOLUNTEER_ACTIVITIES: RecordKind<VolunteerActivityCommand, VolunteerActivityEvent, VolunteerActivityState> = {
  streamOf: (id) => streamIdFor('volunteeractivity', id),
  decider: volunteerActivityDecider,
  authorize: assertMayActOnActivity,
};

/** Voided by its id and a reason alone (see Voidable). */
export const VOIDABLE_ACTIVITY = voidable(
  VOLUNTEER_ACTIVITIES,
  ({ id, reason }): VoidVolunteerActivity => ({ type: 'VoidVolunteerActivity', data: { activityId: id, reason } }),
  ({ position, state, rows }) => VolunteerActivityPayload.of(position, state, rows),
);
