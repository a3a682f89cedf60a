import { AccountMenu, type SessionAccount } from '../../features/auth';
import { menuFor, type PageEntry } from '../../lib/pages';
import { AppLayout } from './app-layout';

/** The shell for a signed-in person: their account in the header, the pages their roles open in the menu. */
export function SignedInShell({ account, pages }: { readonly account: SessionAccount; readonly pages: readonly PageEntry[] }) {
  return <AppLayout account={<AccountMenu account={account} />} menu={menuFor(pages, account.roles)} />;
}
