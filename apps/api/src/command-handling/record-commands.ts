import { Inject, Injectable } from '@nestjs/common';
import type { Decider, OrgChartState } from '@tracker/domain';
import type { EventStore } from '@tracker/event-store';
import { rowsOfStream, type ReadModelRows } from '@tracker/projections';
import { EVENT_STORE } from '../event-store-info/event-store.token';
import type { Caller } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { OrgChartReader } from '../org-units/org-chart.reader';
import { type BatchItemOutcome, CommandRunner, type CommandOutcome, type RunCommandOptions, type StorableEvent } from './command-runner';
import { commandContext } from './request-identity';

/**
 * A kind of record, declared once in its feature folder (`<kind>.record-kind.ts`): the stream one
 * record lives in, its decider and its access check. Every handler of the kind runs through it, so
 * none can pair a stream with another kind's decider or forget the access check.
 */
export interface RecordKind<Command, Event extends StorableEvent, State> {
  /** The stream of the record with this id (`<kind>-<id>`; the org units share one stream). */
  readonly streamOf: (id: string) => string;
  readonly decider: Decider<State, Command, Event>;
  /** The kind's access check, from its `<kind>-access.ts`; see RunCommandOptions.authorize. */
  readonly authorize: (principal: Principal, chart: OrgChartState, state: State, command: Command) => void;
}

export interface RecordCommandOptions<Command, State> {
  /** The record the command is about (for a new record, the id newRecordId made for it). */
  readonly id: string;
  /** Builds the domain command; the org chart is there to snapshot the units it names. */
  readonly command: (state: State, chart: OrgChartState) => Command;
  /** What the request asked, less its idempotency key: a repeat must ask the same. */
  readonly payload: object;
  readonly idempotencyKey?: string;
  /** For a record-creating command, whose stream id was made for this request (newRecordId). */
  readonly freshStream?: boolean;
}

/**
 * A command's outcome, with the org chart the request was checked against (a payload shows what
 * that scope may see) and the rows of its stream's records as the projector makes them (for the
 * answer's ledger fields).
 */
export interface RecordOutcome<State> extends CommandOutcome<State> {
  readonly chart: OrgChartState;
  readonly rows: ReadModelRows;
}

/**
 * One command on one record's stream on behalf of a caller: what every command handler does.
 * It reads the org chart once per request, for access checks and for snapshots, and hands the
 * rest to CommandRunner (load → authorize → decide → append).
 */
@Injectable()
export class RecordCommands {
  constructor(
    private readonly runner: CommandRunner,
    private readonly orgChart: OrgChartReader,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  /** The outcome (see RecordOutcome). */
  async run<Command, Event extends StorableEvent, State>(
    caller: Caller,
    kind: RecordKind<Command, Event, State>,
    options: RecordCommandOptions<Command, State>,
  ): Promise<RecordOutcome<State>> {
    const chart = await this.orgChart.current();
    const streamId = kind.streamOf(options.id);
    const outcome = await this.runner.run(runOptions(caller, chart, kind, options));
    // Who recorded the record and when is the log's metadata, which the decider's state does not
    // keep: the stream is folded with the projector's own handlers, so the answer shows what the ledger will.
    return { ...outcome, chart, rows: rowsOfStream(await this.store.readStream(streamId)) };
  }

  /** Many commands of one kind for one caller, all or nothing (CommandRunner.runBatch): a spreadsheet import. */
  async runBatch<Command, Event extends StorableEvent, State>(
    caller: Caller,
    kind: RecordKind<Command, Event, State>,
    items: readonly RecordCommandOptions<Command, State>[],
    options: { readonly dryRun: boolean },
  ): Promise<BatchItemOutcome[]> {
    const chart = await this.orgChart.current();
    return this.runner.runBatch(
      items.map((item) => runOptions(caller, chart, kind, item)),
      options,
    );
  }
}

function runOptions<Command, Event extends StorableEvent, State>(
  caller: Caller,
  chart: OrgChartState,
  kind: RecordKind<Command, Event, State>,
  options: RecordCommandOptions<Command, State>,
): RunCommandOptions<Command, Event, State> {
  return {
    streamId: kind.streamOf(options.id),
    decider: kind.decider,
    freshStream: options.freshStream,
    context: commandContext(caller, options.idempotencyKey, options.payload),
    authorize: (state, command) => kind.authorize(caller.principal, chart, state, command),
    command: (state) => options.command(state, chart),
  };
}
