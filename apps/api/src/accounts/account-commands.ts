import { Inject, Injectable } from '@nestjs/common';
import {
  isActiveAdmin,
  orgUnitSnapshot,
  type AccountCommand,
  type AccountEvent,
  type AccountState,
  type OrgChartState,
  type ScopeSnapshots,
} from '@tracker/domain';
import type { EventStore } from '@tracker/event-store';
import type { Caller } from '../auth/current-principal.decorator';
import { COMMAND_AUDITOR, type CommandAuditor } from '../command-handling/command-auditor';
import { CommandRunner, type CommandOutcome } from '../command-handling/command-runner';
import type { ReadYourWrites } from '../command-handling/read-your-writes';
import { commandContext } from '../command-handling/request-identity';
import { EVENT_STORE } from '../event-store-info/event-store.token';
import { OrgChartReader } from '../org-units/org-chart.reader';
import { AccountDirectory } from './account-directory';
import { ACCOUNTS } from './account.record-kind';
import { AccountsDatabase } from './store/accounts-database';

export const ACCOUNT_COMMAND_RUNNER = Symbol('ACCOUNT_COMMAND_RUNNER');

// Past this, the answer goes out anyway: the event is stored, and its stream already shows it.
const VISIBLE_WITHIN_MS = 2_000;

/**
 * No projection counts account events, and an account's state is read from its stream, so a
 * command waits for no projector, and works while the read model is FAILED or rebuilding. It
 * waits only until `$all` readers see its event (another transaction may still hide it for a
 * moment), so the store's head includes it when the answer arrives, as after any other mutation.
 */
function visibleInTheLog(store: EventStore): ReadYourWrites {
  return {
    waitUntilCounted: async ({ globalPosition }) => {
      const deadline = Date.now() + VISIBLE_WITHIN_MS;
      while ((await store.headPosition()) < globalPosition && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
    },
  };
}

export const accountCommandRunnerProvider = {
  provide: ACCOUNT_COMMAND_RUNNER,
  inject: [EVENT_STORE, COMMAND_AUDITOR],
  useFactory: (store: EventStore, auditor: CommandAuditor) => new CommandRunner(store, visibleInTheLog(store), auditor),
};

/** What an account command may need to know beyond its own stream. */
export interface AccountCommandScope {
  /** Snapshots of the org units `ids` names, for the scope it sets. */
  orgUnits(ids: readonly string[] | null | undefined): ScopeSnapshots;
  /** Active ADMIN accounts besides `accountId`, for the last-ADMIN rule. */
  readonly otherActiveAdmins: number;
}

export interface AccountCommandOptions {
  readonly accountId: string;
  readonly command: (state: AccountState, scope: AccountCommandScope) => AccountCommand;
  /** What the request asked, less its idempotency key and any password: a repeat must ask the same. */
  readonly payload: object;
  readonly idempotencyKey?: string;
  /** See RunCommandOptions.beforeAppend: the credential row, written once the command is decided. */
  readonly beforeAppend?: (events: readonly AccountEvent[], state: AccountState) => Promise<void>;
}

/**
 * One command on one account's stream, as RecordCommands does for records, but one at a time
 * across every instance: the last-ADMIN rule counts the other accounts, and a credential row is
 * written just before the account's event, and neither may race another account change.
 */
@Injectable()
export class AccountCommands {
  constructor(
    @Inject(ACCOUNT_COMMAND_RUNNER) private readonly runner: CommandRunner,
    private readonly orgChart: OrgChartReader,
    private readonly directory: AccountDirectory,
    private readonly database: AccountsDatabase,
  ) {}

  run(caller: Caller, options: AccountCommandOptions): Promise<CommandOutcome<AccountState>> {
    return this.database.exclusively(async () => {
      const chart = await this.orgChart.current();
      const accounts = await this.directory.all();
      const scope: AccountCommandScope = {
        orgUnits: (ids) => snapshotsOf(chart, ids),
        otherActiveAdmins: accounts.filter((a) => a.credential.accountId !== options.accountId && isActiveAdmin(a.state)).length,
      };
      return this.runner.run({
        streamId: ACCOUNTS.streamOf(options.accountId),
        decider: ACCOUNTS.decider,
        context: commandContext(caller, options.idempotencyKey, options.payload),
        authorize: (state, command) => ACCOUNTS.authorize(caller.principal, chart, state, command),
        command: (state) => options.command(state, scope),
        beforeAppend: options.beforeAppend,
      });
    });
  }
}

function snapshotsOf(chart: OrgChartState, ids: readonly string[] | null | undefined): ScopeSnapshots {
  return (ids ?? []).map((id) => (typeof id === 'string' ? (orgUnitSnapshot(chart, id) ?? null) : null));
}
