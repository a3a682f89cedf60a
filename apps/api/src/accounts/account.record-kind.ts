import { accountDecider, type AccountCommand, type AccountEvent, type AccountState } from '@tracker/domain';
import type { RecordKind } from '../command-handling/record-commands';
import { accountStreamId } from './account-directory';
import { assertMayActOnAccount } from './account-access';

/** Where an account lives, what decides for it and who may act on it (see RecordKind). */
export const ACCOUNTS: RecordKind<AccountCommand, AccountEvent, AccountState> = {
  streamOf: accountStreamId,
  decider: accountDecider,
  authorize: assertMayActOnAccount,
};
