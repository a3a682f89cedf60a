import type { ExamSentinelShiftCommand, ExamSentinelShiftState, OrgChartState } from '@tracker/domain';
import { assertMayActForEach } from '../auth/access-policy';
import type { Principal } from '../auth/principal';

/**
 * 考务哨兵 shifts belong to a RECORDER covering the organizer (docs/design.md §7): the one recorded, or the
 * one a record names. An unknown shift or organizer passes here so that the decider answers NOT_FOUND.
 */
export function assertMayActOnShift(principal: Principal, chart: OrgChartState, state: ExamSentinelShiftState, command: ExamSentinelShiftCommand): void {
  const recorded = shiftOwner(state);
  const named = command.type === 'RecordExamSentinelShift' ? command.data.organizer?.id : undefined;
  assertMayActForEach(principal, 'RECORDER', chart, [recorded, named]);
}

/** The unit a shift belongs to now: its organizer, after any correction. */
export const shiftOwner = (state: ExamSentinelShiftState): string | undefined => (state.status === 'none' ? undefined : state.facts.organizerId);
