import { Inject, Injectable } from '@nestjs/common';
import { ORG_CHART_ID, orgChartDecider, streamIdFor, type OrgChartCommand, type OrgChartEvent, type OrgChartState } from '@tracker/domain';
import type { EventStore } from '@tracker/event-store';
import { FoldedStreamReader } from '../command-handling/folded-stream-reader';
import { EVENT_STORE } from '../event-store-info/event-store.token';

export const ORG_CHART_STREAM = streamIdFor('orgchart', ORG_CHART_ID);

/** The current 组织 org chart, folded from its single stream; used for snapshots and scope checks (see FoldedStreamReader). */
@Injectable()
export class OrgChartReader extends FoldedStreamReader<OrgChartState, OrgChartCommand, OrgChartEvent> {
  constructor(@Inject(EVENT_STORE) store: EventStore) {
    super(store, ORG_CHART_STREAM, orgChartDecider);
  }
}
