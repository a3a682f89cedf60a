// GraphQL documents for the accounts' e2e tests (docs/design.md §13).
export const ACCOUNT_FIELDS = 'id username displayName roles orgUnitIds disabled mustChangePassword';

export const CREATE_ACCOUNT = /* GraphQL */ `
  mutation ($input: CreateAccountInput!) { createAccount(input: $input) { position account { ${ACCOUNT_FIELDS} } } }`;
export const UPDATE_ACCOUNT = /* GraphQL */ `
  mutation ($input: UpdateAccountInput!) { updateAccount(input: $input) { position account { ${ACCOUNT_FIELDS} } } }`;
export const DISABLE_ACCOUNT = /* GraphQL */ `
  mutation ($input: DisableAccountInput!) { disableAccount(input: $input) { position account { ${ACCOUNT_FIELDS} } } }`;
export const ENABLE_ACCOUNT = /* GraphQL */ `
  mutation ($input: EnableAccountInput!) { enableAccount(input: $input) { position account { ${ACCOUNT_FIELDS} } } }`;
export const RESET_PASSWORD = /* GraphQL */ `
  mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) { position account { ${ACCOUNT_FIELDS} } } }`;
export const CHANGE_PASSWORD = /* GraphQL */ `
  mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }`;
export const SIGN_OUT = /* GraphQL */ `mutation { signOut }`;
export const ME = /* GraphQL */ `{ me { ${ACCOUNT_FIELDS} } }`;
export const ACCOUNTS = /* GraphQL */ `{ accounts { ${ACCOUNT_FIELDS} } }`;
export const HISTORY_WITH_NAMES = /* GraphQL */ `
  query ($id: ID!) { recordHistory(id: $id) { type recordedBy recordedByName data } }`;

export interface AccountResult {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
  orgUnitIds: string[];
  disabled: boolean;
  mustChangePassword: boolean;
}

export interface AccountPayloadResult {
  position: string;
  account: AccountResult;
}
