// The year every page follows. It lives in the URL (`?year=2023`) so that a link carries it.
import { shanghaiDate } from './format';

export const YEAR_PARAM = 'year';
/** The oldest year the picker offers; the tracker's records start well after it. */
export const FIRST_YEAR = 2015;

/** The current year in Asia/Shanghai, where every record's year is decided. */
export function currentYear(now: Date = new Date()): number {
  return Number(shanghaiDate(now).slice(0, 4));
}

/** Newest first: next year (plans), this year, back to FIRST_YEAR. */
export function selectableYears(now: Date = new Date()): number[] {
  const newest = currentYear(now) + 1;
  return Array.from({ length: newest - FIRST_YEAR + 1 }, (_, i) => newest - i);
}

/** The year a URL asks for, or this year when it asks for none or for one the picker does not offer. */
export function yearFromSearch(search: URLSearchParams, now: Date = new Date()): number {
  const raw = search.get(YEAR_PARAM);
  const year = raw !== null && /^\d{4}$/.test(raw) ? Number(raw) : NaN;
  return selectableYears(now).includes(year) ? year : currentYear(now);
}

/** The same search params with the year set; every other parameter is kept. */
export function searchWithYear(search: URLSearchParams, year: number): URLSearchParams {
  const next = new URLSearchParams(search);
  next.set(YEAR_PARAM, String(year));
  return next;
}

/** A link to another page that keeps the year the person is looking at, if the URL names one. */
export function linkKeepingYear(pathname: string, search: URLSearchParams): string {
  const year = search.get(YEAR_PARAM);
  return year === null ? pathname : `${pathname}?${new URLSearchParams({ [YEAR_PARAM]: year }).toString()}`;
}
