// The gate in front of the shell: who is signed in decides where the browser goes.
import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { AppProviders } from '../providers';
import { RequireSession } from './require-session';

const realFetch = globalThis.fetch;
let me: unknown;
beforeEach(() => {
  globalThis.fetch = (async () => ({ json: async () => ({ data: { me } }) }) as Response) as typeof fetch;
});
afterEach(() => {
  globalThis.fetch = realFetch;
});

function Where() {
  const { pathname, search } = useLocation();
  return <output aria-label="地址">{`${pathname}${search}`}</output>;
}

function renderAt(url: string) {
  render(
    <AppProviders>
      <MemoryRouter initialEntries={[url]}>
        <Routes>
          <Route path="/sign-in" element={<Where />} />
          <Route path="/change-password" element={<Where />} />
          <Route path="*" element={<RequireSession>{(account) => <p>{`${account.displayName}的页面`}</p>}</RequireSession>} />
        </Routes>
      </MemoryRouter>
    </AppProviders>,
  );
}

const account = { id: 'a1', username: 'li.si', displayName: '李四', roles: ['RECORDER'], orgUnitIds: ['u1'], mustChangePassword: false };

it('sends a person who is not signed in to sign in, remembering the page', async () => {
  me = null;
  renderAt('/admin/accounts?year=2023');
  expect((await screen.findByRole('status', { name: '地址' })).textContent).toBe('/sign-in?from=%2Fadmin%2Faccounts%3Fyear%3D2023');
});

it('sends a person with a one-time password to set their own first', async () => {
  me = { ...account, mustChangePassword: true };
  renderAt('/admin/accounts');
  expect((await screen.findByRole('status', { name: '地址' })).textContent).toBe('/change-password?from=%2Fadmin%2Faccounts');
});

it('lets a signed-in person in, with their account', async () => {
  me = account;
  renderAt('/admin/accounts');
  expect(await screen.findByText('李四的页面')).toBeTruthy();
});
