import { act, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router';
import { currentYear } from '../lib/year';
import { YearPicker } from './year-picker';

function ShowLocation() {
  const { pathname, search } = useLocation();
  return <output aria-label="地址">{`${pathname}${search}`}</output>;
}

function renderAt(url: string) {
  render(
    <MemoryRouter initialEntries={[url]}>
      <YearPicker />
      <ShowLocation />
    </MemoryRouter>,
  );
}

async function pick(yearLabel: string) {
  fireEvent.mouseDown(screen.getByRole('combobox', { name: '年度' }));
  const option = await screen.findByTitle(yearLabel);
  await act(async () => fireEvent.click(option));
}

describe('the year picker', () => {
  it('shows the year the URL names', () => {
    renderAt('/?year=2021');
    expect(screen.getByRole('combobox', { name: '年度' }).closest('.ant-select')?.textContent).toContain('2021年');
  });

  it("shows this year when the URL names none, and leaves the URL alone until one is picked", () => {
    renderAt('/');
    expect(screen.getByRole('combobox', { name: '年度' }).closest('.ant-select')?.textContent).toContain(`${currentYear()}年`);
    expect(screen.getByRole('status', { name: '地址' }).textContent).toBe('/');
  });

  it('writes the picked year into the URL and keeps the other parameters', async () => {
    renderAt('/ledgers?year=2023&page=2');
    await pick('2020年');
    const url = new URL(screen.getByRole('status', { name: '地址' }).textContent ?? '', 'http://localhost');
    expect(url.pathname).toBe('/ledgers');
    expect(url.searchParams.get('year')).toBe('2020');
    expect(url.searchParams.get('page')).toBe('2');
    expect(screen.getByRole('combobox', { name: '年度' }).closest('.ant-select')?.textContent).toContain('2020年');
  });
});
