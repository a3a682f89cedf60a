// 志愿服务 volunteer activity commands, shaped like the GraphQL inputs (docs/design.md §6): decimals
// (hours, yuan) arrive as API text and are parsed in `decide`, so every field error is reported together.
import type { CoBuildingAgreementSnapshot } from '../shared/agreement-ref';
import type { OrgUnitSnapshot } from '../shared/org-unit-ref';
import type { TimeBasis, VolunteerProgram } from './volunteer-activity.events';
import type { Command } from '../shared/message';

export type CharitySalesInput = {
  readonly transactions: number;
  /** Yuan as text, e.g. '1280.50'. */
  readonly amount: string;
  readonly recipient: string;
};

export type VolunteerActivityInput = {
  readonly organizerId: string;
  readonly program: VolunteerProgram;
  readonly title: string;
  readonly startDate: string;
  /** Defaults to startDate (a one-day activity). */
  readonly endDate?: string | null;
  readonly subdistrict?: string | null;
  readonly site: string;
  readonly serviceItems: readonly string[];
  readonly personTimes: number;
  /** Hours as text with at most 2 decimals, e.g. '120.5'. */
  readonly volunteerHours?: string | null;
  /** Defaults to OWN_TIME, the conservative choice: it never overstates the company's contribution. */
  readonly timeBasis?: TimeBasis | null;
  readonly beneficiaries?: number | null;
  readonly agreementId?: string | null;
  readonly charitySales?: CharitySalesInput | null;
};

export type RecordVolunteerActivity = Command<'RecordVolunteerActivity', VolunteerActivityInput & {
  readonly activityId: string;
  /** Resolved by the app from the OrgChart; absent when the id is unknown. */
  readonly organizer?: OrgUnitSnapshot | null;
  /** Resolved by the app when agreementId is given; absent when unknown. */
  readonly agreement?: CoBuildingAgreementSnapshot | null;
  /** The 街道 list the bureau keeps (knownSubdistricts of the list), read by the app; empty when none is kept. */
  readonly knownSubdistricts: readonly string[];
}>;

/** A field set to null clears an optional field; an absent field is left as it is. */
export type VolunteerActivityChanges = {
  readonly [K in keyof VolunteerActivityInput]?: VolunteerActivityInput[K] | (undefined extends VolunteerActivityInput[K] ? null : never);
};

export type CorrectVolunteerActivity = Command<'CorrectVolunteerActivity', {
  readonly activityId: string;
  readonly reason: string;
  readonly changes: VolunteerActivityChanges;
  /** Needed only when changes.organizerId names a different organizer. */
  readonly organizer?: OrgUnitSnapshot | null;
  /** Needed only when changes.agreementId names a different agreement. */
  readonly agreement?: CoBuildingAgreementSnapshot | null;
  /** As for a record: a changed 街道 must be on the list, if one is kept. */
  readonly knownSubdistricts: readonly string[];
}>;

export type VoidVolunteerActivity = Command<'VoidVolunteerActivity', { readonly activityId: string; readonly reason: string }>;

export type VolunteerActivityCommand = RecordVolunteerActivity | CorrectVolunteerActivity | VoidVolunteerActivity;
