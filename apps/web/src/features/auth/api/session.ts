// Who is signed in, and the mutations that change it (docs/design.md §13). `me` is public, so it
// answers null rather than an error for someone who is not signed in.
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql/gql';
import type { ChangePasswordInput, MeQuery, SignInInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql-client';
import { ANSWERS_UNAUTHENTICATED } from '../../../lib/query-client';
import { markSignedIn, markSignedOut } from '../session-ending';

export const MeDocument = graphql(`
  query Me {
    me {
      id
      username
      displayName
      roles
      orgUnitIds
      mustChangePassword
    }
  }
`);

const SignInDocument = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      expiresAt
      account {
        id
        username
        displayName
        roles
        orgUnitIds
        mustChangePassword
      }
    }
  }
`);

const SignOutDocument = graphql(`
  mutation SignOut {
    signOut
  }
`);

const ChangePasswordDocument = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

/** The names of the org units in the person's scope, for the header. */
const ScopeNamesDocument = graphql(`
  query ScopeNames {
    orgUnits {
      id
      name
    }
  }
`);

export type SessionAccount = NonNullable<MeQuery['me']>;

export const ME_KEY = ['Me'] as const;

/**
 * Forgets everything cached for the session that ended, and says who is signed in now. The `me`
 * query itself stays (only its data changes), so the pages and guards watching it hear the change.
 */
export function replaceSession(queryClient: QueryClient, account: SessionAccount | null): void {
  void queryClient.cancelQueries({ predicate: (query) => query.queryKey[0] !== ME_KEY[0] });
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== ME_KEY[0] });
  queryClient.setQueryData(ME_KEY, account);
}

export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: ({ signal }) => execute(MeDocument, {}, { signal }).then((data) => data.me ?? null) });
}

/** Signing in starts afresh: nothing another person's session cached survives it. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SignInInput) => execute(SignInDocument, { input }),
    // A wrong password is UNAUTHENTICATED too: this form answers it, not the session-expiry handler.
    meta: { [ANSWERS_UNAUTHENTICATED]: true },
    onSuccess: ({ signIn }) => {
      markSignedIn();
      replaceSession(queryClient, signIn.account);
    },
  });
}

/** Ends the session on the server, then forgets everything cached for it. */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => execute(SignOutDocument, {}),
    meta: { [ANSWERS_UNAUTHENTICATED]: true },
    onSettled: () => {
      markSignedOut();
      replaceSession(queryClient, null);
    },
  });
}

/** A changed password is the person's own: a one-time password no longer holds them back. */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChangePasswordInput) => execute(ChangePasswordDocument, { input }),
    onSuccess: () => {
      queryClient.setQueryData<SessionAccount | null>(ME_KEY, (me) => (me ? { ...me, mustChangePassword: false } : me));
      return queryClient.invalidateQueries({ queryKey: ME_KEY });
    },
  });
}

/** Scope names are read only once the person may read anything: a one-time password allows no more than `me`. */
export function useScopeNames(enabled: boolean) {
  return useQuery({
    queryKey: ['OrgUnits', 'ScopeNames'],
    queryFn: ({ signal }) => execute(ScopeNamesDocument, {}, { signal }),
    enabled,
    select: (data) => new Map(data.orgUnits.map((unit) => [unit.id, unit.name])),
  });
}
