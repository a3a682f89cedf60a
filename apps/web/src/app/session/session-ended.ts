import type { QueryClient } from '@tanstack/react-query';
import { replaceSession } from '../../features/auth';

/**
 * A request heard UNAUTHENTICATED: the session expired, was ended elsewhere, or its account was
 * disabled. Nothing cached for it may stay on screen; with `me` gone, RequireSession sends the
 * person to sign in, keeping the page they were on.
 */
export function forgetEndedSession(queryClient: QueryClient): void {
  replaceSession(queryClient, null);
}
