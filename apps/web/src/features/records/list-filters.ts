// A ledger list's filters live in the URL beside the year (?q=&unit=&program=&voided=1), so that a
// link, Back and a reload keep them; the page's cursor does not (a new filter starts at page 1).
import type { VolunteerProgram } from '../../gql/graphql';

export interface ListFilters {
  readonly search: string | undefined;
  readonly orgUnitId: string | undefined;
  readonly program: VolunteerProgram | undefined;
  readonly includeVoided: boolean;
}

const PROGRAMS: readonly string[] = ['LEI_FENG', 'COMMUNITY_SERVICE', 'ELDERLY_CARE', 'DIGITAL_INCLUSION', 'ANTI_FRAUD', 'PUBLIC_WELFARE', 'OTHER'];
const isProgram = (value: string | null): value is VolunteerProgram => value !== null && PROGRAMS.includes(value);
const nonEmpty = (value: string | null): string | undefined => (value === null || value.trim() === '' ? undefined : value);

export function filtersFromSearch(search: URLSearchParams): ListFilters {
  const program = search.get('program');
  return {
    search: nonEmpty(search.get('q')),
    orgUnitId: nonEmpty(search.get('unit')),
    program: isProgram(program) ? program : undefined,
    includeVoided: search.get('voided') === '1',
  };
}

/** The same search params with the filters set (the year and anything else kept). */
export function searchWithFilters(search: URLSearchParams, filters: ListFilters): URLSearchParams {
  const next = new URLSearchParams(search);
  const set = (key: string, value: string | undefined) => (value === undefined ? next.delete(key) : next.set(key, value));
  set('q', filters.search?.trim() === '' ? undefined : filters.search?.trim());
  set('unit', filters.orgUnitId);
  set('program', filters.program);
  set('voided', filters.includeVoided ? '1' : undefined);
  return next;
}
