import type { OrgChartState } from '@tracker/domain';
import type { JsonObject, RecordedEvent } from '@tracker/event-store';
import { isInScope } from '../auth/access-policy';
import type { Principal } from '../auth/principal';
import { ForbiddenError } from '../errors/app-errors';

// The fields through which each kind of record names the org unit it belongs to.
const OWNER_FIELDS = ['organizerId', 'branchId', 'unionId', 'hostId', 'orgUnitId'] as const;

/** A record's history is read by whoever's scope covers the unit it belongs to (docs/design.md §7). */
export function assertMayReadHistory(principal: Principal, chart: OrgChartState, events: readonly RecordedEvent[]): void {
  const owner = ownerOf(events);
  if (owner !== undefined && !isInScope(principal, chart, owner)) throw new ForbiddenError('这条记录属于你权限范围以外的组织');
}

function ownerOf(events: readonly RecordedEvent[]): string | undefined {
  const first: JsonObject | undefined = events[0]?.data;
  const owner = OWNER_FIELDS.map((name) => first?.[name]).find((value) => typeof value === 'string');
  return typeof owner === 'string' ? owner : undefined;
}
