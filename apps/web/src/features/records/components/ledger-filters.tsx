// What every ledger list shares: its filters in the URL (search, unit, voided or not, and for
// activities the programme), and cursor paging that starts again at page 1 when a filter changes.
import { Checkbox, Flex, Input } from 'antd';
import { type ReactNode, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useSelectedYear } from '../../../hooks/use-selected-year';
import { useRecordOrgUnits } from '../api/shared';
import { filtersFromSearch, type ListFilters, searchWithFilters } from '../list-filters';
import { OrgUnitSelect } from './org-unit-select';

export function useLedgerFilters() {
  const [year] = useSelectedYear();
  const [search, setSearch] = useSearchParams();
  const filters = filtersFromSearch(search);
  const setFilters = (change: Partial<ListFilters>) => setSearch((current) => searchWithFilters(current, { ...filtersFromSearch(current), ...change }));
  return { year, filters, setFilters, search };
}

/** The cursors of the pages before this one (a cursor leads forward only); reset when `filterKey` changes. */
export function useCursorPages(filterKey: string) {
  const [cursors, setCursors] = useState<readonly string[]>([]);
  const [cursorsFor, setCursorsFor] = useState(filterKey);
  if (cursorsFor !== filterKey) {
    setCursorsFor(filterKey);
    setCursors([]);
  }
  return {
    after: cursorsFor === filterKey ? cursors.at(-1) : undefined,
    page: cursors.length + 1,
    previous: () => setCursors((before) => before.slice(0, -1)),
    next: (endCursor: string | null | undefined) => {
      if (endCursor) setCursors((before) => [...before, endCursor]);
    },
  };
}

interface LedgerFiltersProps {
  /** What the search box searches, e.g. 活动名称或地点. */
  readonly searches: string;
  readonly filters: ListFilters;
  readonly onChange: (change: Partial<ListFilters>) => void;
  /** More filters of the kind's own (the programme of an activity). */
  readonly extra?: ReactNode;
  /** False for a kind that is never voided (agreements end, booths close): no 含已作废 box. */
  readonly voidable?: boolean;
}

export function LedgerFilters({ searches, filters, onChange, extra, voidable = true }: LedgerFiltersProps) {
  const units = useRecordOrgUnits();
  return (
    <div role="search" aria-label="筛选">
      <Flex gap={8} wrap>
        <Input.Search
          aria-label={`搜索${searches}`}
          placeholder={`搜索${searches}`}
          defaultValue={filters.search}
          key={filters.search ?? ''}
          allowClear
          enterButton="搜索"
          onSearch={(value) => onChange({ search: value })}
          style={{ flex: '1 1 240px', maxWidth: 360 }}
        />
        <div style={{ flex: '1 1 200px', maxWidth: 280 }}>
          <OrgUnitSelect aria-label="组织单位" units={units.data?.orgUnits ?? []} value={filters.orgUnitId} onChange={(orgUnitId) => onChange({ orgUnitId })} placeholder="全部组织单位" allowClear />
        </div>
        {extra}
        {voidable ? (
          <Checkbox checked={filters.includeVoided} onChange={(event) => onChange({ includeVoided: event.target.checked })} style={{ alignSelf: 'center' }}>
            含已作废
          </Checkbox>
        ) : null}
      </Flex>
    </div>
  );
}

/** True when the list is narrowed by something besides the year (its empty text says so). */
export const isNarrowed = (filters: ListFilters) => Boolean(filters.search || filters.orgUnitId || filters.program);
