import { assertAdmin } from '../auth/access-policy';
import type { Principal } from '../auth/principal';

/** The 组织 org chart is the ADMIN's alone (docs/design.md §7): every scope check of every other kind reads it. */
export function assertMayChangeOrgChart(principal: Principal): void {
  assertAdmin(principal);
}
