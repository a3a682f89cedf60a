// The look-alike modal the union's dialogs show after a save: each warning as the server said it,
// a link where this app has a page for the other record, and that link leaves the modal for it.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router';
import { AppProviders } from '../app/providers';
import type { ShownLookAlike } from '../lib/look-alikes';
import { useLookAlikeModal } from './look-alike-modal';

jest.setTimeout(30_000);

const campaign: ShownLookAlike = { kind: 'DONATION_CAMPAIGN', recordId: 'c-1', date: '2024-01-08', year: 2023, warning: '与已发起的爱心一日捐相似：“2023年爱心一日捐”（2024-01-08 发起，编号 c-1）。' };
const donation: ShownLookAlike = { kind: 'UNION_DONATION', recordId: 'd-1', date: '2024-01-15', year: 2023, warning: '与本次活动已登记的捐款相似：2024-01-15 网络部工会 5860.00 元（编号 d-1）。' };

function Saver({ lookAlikes }: { readonly lookAlikes: readonly ShownLookAlike[] }) {
  const show = useLookAlikeModal();
  const { pathname, search } = useLocation();
  return (
    <>
      <button type="button" onClick={() => show(lookAlikes)}>
        保存
      </button>
      <output aria-label="地址">{`${pathname}${search}`}</output>
    </>
  );
}

function renderSaver(lookAlikes: readonly ShownLookAlike[]) {
  render(
    <AppProviders>
      <MemoryRouter initialEntries={['/union/campaigns/c-2?year=2024']}>
        <Saver lookAlikes={lookAlikes} />
      </MemoryRouter>
    </AppProviders>,
  );
}

it('says each look-alike; a campaign’s link opens it in its own year and closes the modal', async () => {
  renderSaver([campaign, donation]);
  await act(async () => fireEvent.click(screen.getByRole('button', { name: '保存' })));
  const dialog = await screen.findByRole('dialog');
  expect(dialog.textContent).toContain('已保存，但可能与已有记录重复');
  expect(dialog.textContent).toContain(campaign.warning);
  expect(dialog.textContent).toContain(donation.warning);
  // Only the campaign has a page; the donation is on the page the person is on.
  const links = screen.getAllByRole('link', { name: '查看那条记录' });
  expect(links.map((link) => link.getAttribute('href'))).toEqual(['/union/campaigns/c-1?year=2023']);
  await act(async () => fireEvent.click(links[0] as HTMLElement));
  expect(screen.getByRole('status', { name: '地址' }).textContent).toBe('/union/campaigns/c-1?year=2023');
  await waitFor(() => expect(screen.queryByText(campaign.warning)).toBeNull());
});

it('shows nothing when nothing looks alike', async () => {
  renderSaver([]);
  await act(async () => fireEvent.click(screen.getByRole('button', { name: '保存' })));
  expect(screen.queryByRole('dialog')).toBeNull();
});
