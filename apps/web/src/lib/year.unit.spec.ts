import { currentYear, FIRST_YEAR, linkKeepingYear, searchWithYear, selectableYears, yearFromSearch } from './year';

const NEW_YEARS_EVE_UTC = new Date('2023-12-31T17:00:00Z'); // already 2024-01-01 01:00 in Shanghai

describe('the selected year', () => {
  it('is the Shanghai year when the URL names none', () => {
    expect(currentYear(NEW_YEARS_EVE_UTC)).toBe(2024);
    expect(yearFromSearch(new URLSearchParams(''), NEW_YEARS_EVE_UTC)).toBe(2024);
  });

  it('is the year the URL names, when the picker offers it', () => {
    expect(yearFromSearch(new URLSearchParams('year=2023'), NEW_YEARS_EVE_UTC)).toBe(2023);
    expect(yearFromSearch(new URLSearchParams('year=2025'), NEW_YEARS_EVE_UTC)).toBe(2025);
  });

  it.each(['abc', '23', '2023.5', '1999', '2999', ''])('falls back to this year for year=%s', (raw) => {
    expect(yearFromSearch(new URLSearchParams({ year: raw }), NEW_YEARS_EVE_UTC)).toBe(2024);
  });

  it('offers next year down to the first year, newest first', () => {
    const years = selectableYears(NEW_YEARS_EVE_UTC);
    expect(years[0]).toBe(2025);
    expect(years.at(-1)).toBe(FIRST_YEAR);
    expect(years).toHaveLength(2025 - FIRST_YEAR + 1);
  });
});

describe('the year in links', () => {
  it('is set without losing the other parameters', () => {
    expect(searchWithYear(new URLSearchParams('page=2&year=2022'), 2023).toString()).toBe('page=2&year=2023');
  });

  it('travels to another page when the URL names one, and only the year travels', () => {
    expect(linkKeepingYear('/', new URLSearchParams('year=2023&page=3'))).toBe('/?year=2023');
    expect(linkKeepingYear('/', new URLSearchParams('page=3'))).toBe('/');
  });
});
