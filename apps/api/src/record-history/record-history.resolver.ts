import { Inject } from '@nestjs/common';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { NotFoundError, STREAM_KINDS, streamIdFor } from '@tracker/domain';
import type { EventStore, JsonObject, RecordedEvent } from '@tracker/event-store';
import { isInScope } from '../auth/access-policy';
import { type Caller, CurrentCaller } from '../auth/current-principal.decorator';
import { ForbiddenError } from '../errors/app-errors';
import { EVENT_STORE } from '../event-store-info/event-store.token';
import { ORG_CHART_STREAM, OrgChartReader } from '../org-units/org-chart.reader';
import { RecordedEventModel } from './recorded-event.model';

// The fields through which each kind of record names the org unit it belongs to.
const OWNER_FIELDS = ['organizerId', 'branchId', 'unionId', 'hostId', 'orgUnitId'] as const;

@Resolver()
export class RecordHistoryResolver {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly orgChart: OrgChartReader,
  ) {}

  @Query(() => [RecordedEventModel], { description: 'Every event of one record (any kind), oldest first' })
  async recordHistory(@Args('id', { type: () => ID }) id: string, @CurrentCaller() { principal }: Caller): Promise<RecordedEventModel[]> {
    const events = await this.historyOf(id);
    if (events.length === 0) throw new NotFoundError(`找不到编号为 ${id} 的记录`);
    const owner = ownerOf(events);
    if (owner && !isInScope(principal, await this.orgChart.current(), owner)) {
      throw new ForbiddenError('这条记录属于你权限范围以外的组织');
    }
    return events.map((event) => RecordedEventModel.from(event));
  }

  /** A record id names its own stream, except org units, which share the org-chart stream. */
  private async historyOf(id: string): Promise<readonly RecordedEvent[]> {
    const streamIds = STREAM_KINDS.filter((kind) => kind !== 'orgchart').map((kind) => safeStreamId(kind, id));
    for (const streamId of streamIds) {
      if (!streamId) continue;
      const events = await this.store.readStream(streamId);
      if (events.length > 0) return events;
    }
    const chart = await this.store.readStream(ORG_CHART_STREAM);
    return chart.filter((event) => event.data['orgUnitId'] === id);
  }
}

function safeStreamId(kind: (typeof STREAM_KINDS)[number], id: string): string | undefined {
  try {
    return streamIdFor(kind, id);
  } catch {
    return undefined; // not an id of ours: no stream can match
  }
}

function ownerOf(events: readonly RecordedEvent[]): string | undefined {
  const first: JsonObject | undefined = events[0]?.data;
  const field = OWNER_FIELDS.find((name) => typeof first?.[name] === 'string');
  return field ? (first?.[field] as string) : undefined;
}
