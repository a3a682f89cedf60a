import { type ReactNode, useEffect, useRef } from 'react';
import { Navigate, useLocation } from 'react-router';
import { PageLoading } from '../../components/page-loading';
import { RequestError } from '../../components/request-error';
import { endedOnPurpose, forcedChangePath, type SessionAccount, signInPath, useMe } from '../../features/auth';

/**
 * The gate in front of the app's shell: signed out → the sign-in page (keeping where the person
 * was, and saying so when the session ended by itself); a one-time password → a password of their
 * own first. Everything inside may take `me` as given.
 */
export function RequireSession({ children }: { readonly children: (account: SessionAccount) => ReactNode }) {
  const me = useMe();
  const { pathname, search } = useLocation();
  const account = me.data;
  // Whether this page had a session: losing it then is an expiry, not a first visit.
  const hadSession = useRef(false);
  useEffect(() => {
    if (account) hadSession.current = true;
  }, [account]);

  const here = `${pathname}${search}`;
  if (me.isPending) return <PageLoading />;
  if (account === undefined) return <RequestError error={me.error} onRetry={() => void me.refetch()} />;
  // After 退出 the next person starts afresh; after a session ended by itself, the same person returns to their page.
  if (account === null) return <Navigate to={endedOnPurpose() ? signInPath() : signInPath({ from: here, expired: hadSession.current })} replace />;
  if (account.mustChangePassword) return <Navigate to={forcedChangePath(here)} replace />;
  return children(account);
}
