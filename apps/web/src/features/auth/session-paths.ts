// Where the sign-in and the forced password change send a person, and back.
export const SIGN_IN_PATH = '/sign-in';
export const FORCED_CHANGE_PATH = '/change-password';
export const PASSWORD_PAGE_PATH = '/account/password';

/** Where to go after signing in: the page the person was on, when it is one of ours; else home. */
export function safeFrom(raw: string | null): string {
  if (raw === null || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith(SIGN_IN_PATH) || raw.startsWith(FORCED_CHANGE_PATH)) return '/';
  return raw;
}

/** The sign-in page, remembering the page to return to and, after a session ended by itself, saying so. */
export function signInPath(options: { readonly from?: string; readonly expired?: boolean } = {}): string {
  const search = new URLSearchParams();
  if (options.from && safeFrom(options.from) !== '/') search.set('from', options.from);
  if (options.expired) search.set('expired', '1');
  const query = search.toString();
  return query ? `${SIGN_IN_PATH}?${query}` : SIGN_IN_PATH;
}

export function forcedChangePath(from: string): string {
  return from === '/' ? FORCED_CHANGE_PATH : `${FORCED_CHANGE_PATH}?${new URLSearchParams({ from }).toString()}`;
}
