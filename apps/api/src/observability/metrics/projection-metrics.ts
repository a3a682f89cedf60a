import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ProjectionRuntime } from '../../projections/projection-runtime';
import { dataSourcePool } from './pool-stats';
import { TrackerMetrics } from './tracker-metrics';

/** Points the projection and read-model pool gauges at the projection runtime, read at each scrape. */
@Injectable()
export class ProjectionMetrics implements OnModuleInit {
  constructor(
    private readonly metrics: TrackerMetrics,
    private readonly projections: ProjectionRuntime,
  ) {}

  onModuleInit(): void {
    this.metrics.watchProjections(async () => {
      const status = await this.projections.projector.status();
      return [{ name: status.name, state: status.state, lag: status.lag, projecting: this.projections.projecting }];
    });
    this.metrics.watchPool('read_model', () => (this.projections.readModel?.isInitialized ? dataSourcePool(this.projections.readModel) : undefined));
  }
}
