import type { OrgChartState, SectionEditionCommand, SectionEditionState } from '@tracker/domain';
import type { RecordedEvent } from '@tracker/event-store';
import { ValidationError } from '@tracker/domain';
import { assertMayActFor } from '../auth/access-policy';
import { hasRole, type Principal } from '../auth/principal';
import { reportScope } from '../community-responsibility/report-access';
import { ForbiddenError } from '../errors/app-errors';

/** The scope of an edition: one org unit and its descendants, or (orgUnitId undefined) the whole company. */
export interface EditionScope {
  readonly orgUnitId: string | undefined;
  /** The units the section counts, as the report queries take them; undefined for the whole company. */
  readonly units: readonly string[] | undefined;
}

const COMPANY_WIDE_ONLY_ADMIN = '全公司范围的版本只有管理员可以发布和查看，请选择组织';

/**
 * Which edition series a request means (docs/design.md §16): the org unit it names, within the
 * caller's scope (COMPILER or ADMIN, as for the report itself); without one, the whole company
 * for an ADMIN, or the one unit a COMPILER acts for.
 */
export function editionScope(principal: Principal, chart: OrgChartState, orgUnitId: string | undefined): EditionScope {
  const units = reportScope(principal, chart, orgUnitId);
  if (orgUnitId !== undefined) return { orgUnitId, units: [orgUnitId] };
  if (units === undefined) return { orgUnitId: undefined, units: undefined };
  const [only, ...more] = units;
  if (only !== undefined && more.length === 0) return { orgUnitId: only, units: [only] };
  throw ValidationError.of('orgUnitId', '你负责多个组织，请选择要发布或查看的组织');
}

/** Reading an edition (its adjustments): the same rule as the series it belongs to. */
export function assertMayReadEdition(principal: Principal, chart: OrgChartState, orgUnitId: string | undefined): void {
  if (orgUnitId === undefined && !hasRole(principal, 'ADMIN')) {
    reportScope(principal, chart, undefined);
    throw new ForbiddenError(COMPANY_WIDE_ONLY_ADMIN);
  }
  reportScope(principal, chart, orgUnitId);
}

/** `recordHistory` of an edition series: its first edition names the scope every edition of it has. */
export function assertMayReadEditionHistory(principal: Principal, chart: OrgChartState, events: readonly RecordedEvent[]): void {
  const unit = events[0]?.data['orgUnitId'];
  assertMayReadEdition(principal, chart, typeof unit === 'string' ? unit : undefined);
}

/** The record kind's check on the command itself: a COMPILER of the unit, or an ADMIN (the only one for the whole company). */
export function assertMayPublish(principal: Principal, chart: OrgChartState, _state: SectionEditionState, command: SectionEditionCommand): void {
  const { orgUnitId } = command.data;
  if (orgUnitId !== undefined) return assertMayActFor(principal, 'COMPILER', chart, orgUnitId);
  if (!hasRole(principal, 'ADMIN')) throw new ForbiddenError(COMPANY_WIDE_ONLY_ADMIN);
}
