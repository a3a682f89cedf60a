import { Inject } from '@nestjs/common';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { NotFoundError, STREAM_KINDS, streamIdFor, type StreamKind } from '@tracker/domain';
import type { EventStore, RecordedEvent } from '@tracker/event-store';
import { type Caller, CurrentCaller } from '../auth/current-principal.decorator';
import { EVENT_STORE } from '../event-store-info/event-store.token';
import { ORG_CHART_STREAM, OrgChartReader } from '../org-units/org-chart.reader';
import { assertMayReadHistory } from './record-history-access';
import { RecordedEventModel } from './recorded-event.model';

@Resolver()
export class RecordHistoryResolver {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly orgChart: OrgChartReader,
  ) {}

  @Query(() => [RecordedEventModel], { description: 'Every event of one record (any kind), oldest first' })
  async recordHistory(@Args('id', { type: () => ID }) id: string, @CurrentCaller() { principal }: Caller): Promise<RecordedEventModel[]> {
    const { kind, events } = await this.historyOf(id);
    if (events.length === 0) throw new NotFoundError(`找不到编号为 ${id} 的记录`);
    assertMayReadHistory(principal, await this.orgChart.current(), kind, events);
    return events.map((event) => RecordedEventModel.from(event));
  }

  /** A record id names its own stream, except org units, which share the org-chart stream. */
  private async historyOf(id: string): Promise<{ readonly kind: StreamKind; readonly events: readonly RecordedEvent[] }> {
    for (const kind of STREAM_KINDS) {
      const streamId = kind === 'orgchart' ? undefined : safeStreamId(kind, id);
      if (!streamId) continue;
      const events = await this.store.readStream(streamId);
      if (events.length > 0) return { kind, events };
    }
    const chart = await this.store.readStream(ORG_CHART_STREAM);
    return { kind: 'orgchart', events: chart.filter((event) => event.data['orgUnitId'] === id) };
  }
}

function safeStreamId(kind: (typeof STREAM_KINDS)[number], id: string): string | undefined {
  try {
    return streamIdFor(kind, id);
  } catch {
    return undefined; // not an id of ours: no stream can match
  }
}
