import type { BoothState, OrgChartState } from '@tracker/domain';
import { assertMayActFor } from '../auth/access-policy';
import type { Principal } from '../auth/principal';

/**
 * Hello老友亭 booths and their sessions belong to a RECORDER covering the host (DESIGN §7).
 * An unknown booth passes here so that the decider answers NOT_FOUND.
 */
export function assertMayActForBooth(principal: Principal, chart: OrgChartState, state: BoothState): void {
  if (state.status !== 'none') assertMayActFor(principal, 'RECORDER', chart, state.booth.hostId);
}
