// 账号 accounts as the ADMIN manages them (docs/design.md §13).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql/gql';
import type { CreateAccountInput, DisableAccountInput, EnableAccountInput, ResetPasswordInput, UpdateAccountInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql-client';

export const AccountsDocument = graphql(`
  query Accounts {
    accounts {
      id
      username
      displayName
      roles
      orgUnitIds
      disabled
      mustChangePassword
    }
  }
`);

const CreateAccountDocument = graphql(`
  mutation CreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      account {
        id
        username
        displayName
      }
    }
  }
`);

const UpdateAccountDocument = graphql(`
  mutation UpdateAccount($input: UpdateAccountInput!) {
    updateAccount(input: $input) {
      account {
        id
      }
    }
  }
`);

const DisableAccountDocument = graphql(`
  mutation DisableAccount($input: DisableAccountInput!) {
    disableAccount(input: $input) {
      account {
        id
        disabled
      }
    }
  }
`);

const EnableAccountDocument = graphql(`
  mutation EnableAccount($input: EnableAccountInput!) {
    enableAccount(input: $input) {
      account {
        id
        disabled
      }
    }
  }
`);

const ResetPasswordDocument = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      account {
        id
        username
        displayName
      }
    }
  }
`);

const ACCOUNTS = ['Accounts'] as const;

export function useAccounts() {
  return useQuery({ queryKey: ACCOUNTS, queryFn: ({ signal }) => execute(AccountsDocument, {}, { signal }) });
}

function useAccountMutation<Input, Result>(run: (input: Input) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => queryClient.invalidateQueries({ queryKey: ACCOUNTS }) });
}

export const useCreateAccount = () => useAccountMutation((input: CreateAccountInput) => execute(CreateAccountDocument, { input }));
export const useUpdateAccount = () => useAccountMutation((input: UpdateAccountInput) => execute(UpdateAccountDocument, { input }));
export const useDisableAccount = () => useAccountMutation((input: DisableAccountInput) => execute(DisableAccountDocument, { input }));
export const useEnableAccount = () => useAccountMutation((input: EnableAccountInput) => execute(EnableAccountDocument, { input }));
export const useResetPassword = () => useAccountMutation((input: ResetPasswordInput) => execute(ResetPasswordDocument, { input }));
