// The tracker's Prometheus metrics (docs/design.md §19), in one registry of its own. Every label takes a
// bounded set of values: schema field names, route patterns, codes, outcomes, pool and projection
// names. Never an id, a client's operation name or any other free text.
import { Logger } from '@nestjs/common';
import type { ProjectionState } from '@tracker/projections';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { PoolStats } from './pool-stats';

export type PoolName = 'event_store' | 'read_model';

/** How an append ended, as the measuring event store saw it. */
export type AppendOutcome = 'written' | 'repeat' | 'conflict' | 'duplicate' | 'error';

export interface RequestLabels {
  /** A GraphQL root field, `(several)`, or an HTTP route pattern. */
  readonly operation: string;
  /** query, mutation, subscription; `graphql` before an operation was resolved; `http` for plain routes. */
  readonly type: string;
  /** `ok` or an error code for GraphQL, the status code for plain HTTP. */
  readonly outcome: string;
}

export interface ProjectionSample {
  readonly name: string;
  readonly state: ProjectionState;
  readonly lag: number;
  /** Whether this instance runs the projection (one instance does, docs/design.md §5). */
  readonly projecting: boolean;
}

// Every state, so that a state the projection is not in reads 0 rather than missing.
const PROJECTION_STATES = Object.keys({ RUNNING: true, FAILED: true, REBUILDING: true, STOPPED: true } satisfies Record<ProjectionState, true>);

export class TrackerMetrics {
  readonly registry = new Registry();
  private readonly requestDuration: Histogram<'operation' | 'type' | 'outcome'>;
  private readonly commands: Counter<'command' | 'outcome'>;
  private readonly appends: Counter<'outcome'>;
  private readonly appendDuration: Histogram<'outcome'>;
  private readonly appendedEvents: Counter;
  private readonly pools = new Map<PoolName, () => PoolStats | undefined>();
  private projections: (() => Promise<readonly ProjectionSample[]>) | undefined;
  /** Read once per scrape, shared by the projection gauges. */
  private scrapeSample: Promise<readonly ProjectionSample[]> = Promise.resolve([]);

  constructor() {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.requestDuration = new Histogram({
      name: 'tracker_http_request_duration_seconds',
      help: 'HTTP and GraphQL requests by operation (GraphQL root field or route), type and outcome',
      labelNames: ['operation', 'type', 'outcome'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.commands = new Counter({
      name: 'tracker_commands_total',
      help: 'Mutations (commands) by name and outcome: accepted, or the error code (BAD_USER_INPUT, CONFLICT, …)',
      labelNames: ['command', 'outcome'],
      registers,
    });
    this.appends = new Counter({
      name: 'tracker_event_store_appends_total',
      help: 'Appends to the event store by outcome: written, repeat (idempotent no-op), conflict, duplicate, error',
      labelNames: ['outcome'],
      registers,
    });
    this.appendDuration = new Histogram({
      name: 'tracker_event_store_append_duration_seconds',
      help: 'Latency of event-store appends by outcome',
      labelNames: ['outcome'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    });
    this.appendedEvents = new Counter({ name: 'tracker_event_store_appended_events_total', help: 'Events written to the event store', registers });
    this.poolGauge('tracker_db_pool_connections', 'Connections open in each database pool', (pool) => pool.totalCount);
    this.poolGauge('tracker_db_pool_idle_connections', 'Idle connections in each database pool', (pool) => pool.idleCount);
    this.poolGauge('tracker_db_pool_waiting_requests', 'Queries waiting for a connection of each database pool', (pool) => pool.waitingCount);
    this.projectionGauge('tracker_projection_lag_events', 'Events between the projection checkpoint and the head of the log', ['projection'], (gauge, sample) =>
      gauge.set({ projection: sample.name }, sample.lag),
    );
    this.projectionGauge('tracker_projection_state', 'The projection state: 1 for the state it is in, 0 for the others', ['projection', 'state'], (gauge, sample) => {
      for (const state of PROJECTION_STATES) gauge.set({ projection: sample.name, state }, state === sample.state ? 1 : 0);
    });
    this.projectionGauge('tracker_projection_leader', '1 when this instance runs the projection, 0 when another one does', ['projection'], (gauge, sample) =>
      gauge.set({ projection: sample.name }, sample.projecting ? 1 : 0),
    );
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  scrape(): Promise<string> {
    this.scrapeSample = this.sampleProjections();
    return this.registry.metrics();
  }

  observeRequest(labels: RequestLabels, seconds: number): void {
    this.requestDuration.observe({ ...labels }, seconds);
  }

  countCommand(command: string, outcome: string): void {
    this.commands.inc({ command, outcome });
  }

  observeAppend(outcome: AppendOutcome, seconds: number, eventsWritten: number): void {
    this.appends.inc({ outcome });
    this.appendDuration.observe({ outcome }, seconds);
    if (eventsWritten > 0) this.appendedEvents.inc(eventsWritten);
  }

  /** Reports a pool's use at every scrape. */
  watchPool(name: PoolName, stats: () => PoolStats | undefined): void {
    this.pools.set(name, stats);
  }

  /** Reads the projections' status at scrape time. */
  watchProjections(sample: () => Promise<readonly ProjectionSample[]>): void {
    this.projections = sample;
  }

  private poolGauge(name: string, help: string, value: (pool: PoolStats) => number): void {
    const pools = this.pools;
    new Gauge({
      name,
      help,
      labelNames: ['pool'],
      registers: [this.registry],
      collect() {
        this.reset();
        for (const [pool, stats] of pools) {
          const current = stats();
          if (current) this.set({ pool }, value(current));
        }
      },
    });
  }

  private projectionGauge<Label extends string>(
    name: string,
    help: string,
    labelNames: readonly Label[],
    record: (gauge: Gauge<Label>, sample: ProjectionSample) => void,
  ): void {
    const samples = () => this.scrapeSample;
    new Gauge<Label>({
      name,
      help,
      labelNames,
      registers: [this.registry],
      async collect() {
        // A status that cannot be read (database down) leaves the series out: absent, not stale.
        this.reset();
        for (const sample of await samples()) record(this, sample);
      },
    });
  }

  private sampleProjections(): Promise<readonly ProjectionSample[]> {
    const read = this.projections;
    if (!read) return Promise.resolve([]);
    return read().catch((error: unknown) => {
      new Logger('Metrics').warn(`Projection status unavailable for /metrics: ${error instanceof Error ? error.message : String(error)}`);
      return [];
    });
  }
}
