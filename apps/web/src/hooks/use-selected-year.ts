import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { searchWithYear, yearFromSearch } from '../lib/year';

/** The year in the URL and a setter that writes it there (a new history entry, so Back returns). */
export function useSelectedYear(): readonly [number, (year: number) => void] {
  const [search, setSearch] = useSearchParams();
  const year = yearFromSearch(search);
  const setYear = useCallback((next: number) => setSearch((current) => searchWithYear(current, next)), [setSearch]);
  return [year, setYear] as const;
}
