import type { BoothCommand, BoothState, OrgChartState } from '@tracker/domain';
import { assertMayActForEach } from '../auth/access-policy';
import type { Principal } from '../auth/principal';

/**
 * Hello老友亭 booths and their sessions belong to a RECORDER covering the host (docs/design.md §7): the
 * booth's host, or the one an opening names. An unknown booth or host passes here so that the
 * decider answers NOT_FOUND.
 */
export function assertMayActOnBooth(principal: Principal, chart: OrgChartState, state: BoothState, command: BoothCommand): void {
  const host = boothOwner(state);
  const named = command.type === 'OpenBooth' ? command.data.host?.id : undefined;
  assertMayActForEach(principal, 'RECORDER', chart, [host, named]);
}

/** The unit a booth belongs to: its host. */
export const boothOwner = (state: BoothState): string | undefined => (state.status === 'none' ? undefined : state.booth.hostId);
