// 登录与账号 sign-in and the person's own account: what every user touches.
import type { PageEntry } from '../../lib/pages';
import { PASSWORD_PAGE_PATH } from './session-paths';

export { replaceSession, useMe, type SessionAccount } from './api/session';
export { AccountMenu } from './components/account-menu';
export { endedOnPurpose } from './session-ending';
export { FORCED_CHANGE_PATH, forcedChangePath, SIGN_IN_PATH, signInPath } from './session-paths';

/** Pages outside the app's shell: before signing in, and before a one-time password is replaced. */
export const loadSignIn = () => import('./routes/sign-in');
export const loadForcedPasswordChange = () => import('./routes/forced-password-change');

export const authPages: readonly PageEntry[] = [{ path: PASSWORD_PAGE_PATH, roles: 'everyone', load: () => import('./routes/change-password') }];
