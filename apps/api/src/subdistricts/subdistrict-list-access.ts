import { assertAdmin } from '../auth/access-policy';
import type { Principal } from '../auth/principal';

/** The 街道 list is the ADMIN's to keep, like the org chart; everyone signed in reads it, to fill in forms. */
export function assertMayKeepSubdistrictList(principal: Principal): void {
  assertAdmin(principal);
}
