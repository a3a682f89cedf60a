import { Inject, Injectable } from '@nestjs/common';
import { ORG_CHART_ID, orgChartDecider, streamIdFor, type OrgChartState } from '@tracker/domain';
import type { EventStore, RecordedEvent } from '@tracker/event-store';
import { foldHistory } from '../command-handling/aggregate-loader';
import { EVENT_STORE } from '../event-store-info/event-store.token';

export const ORG_CHART_STREAM = streamIdFor('orgchart', ORG_CHART_ID);

interface FoldedChart {
  readonly state: OrgChartState;
  /** The stream version folded into `state` (0: nothing yet). */
  readonly version: number;
  /** Id of the event at `version`, to notice a stream that is not the one folded (a replaced database). */
  readonly lastEventId: string | undefined;
}

const EMPTY: FoldedChart = { state: orgChartDecider.initialState(), version: 0, lastEventId: undefined };

/**
 * The current 组织 org chart, folded from its single stream; used for snapshots and scope checks.
 *
 * Every command checks scope against it, so it is kept folded in memory and each call reads only
 * the stream's tail after the folded version. A call is answered by a read that STARTED after the
 * call was made, so it sees every org-chart change committed before the request, exactly as a
 * full read would: never a stale chart for authorization. Calls that arrive while a read is in
 * flight share the one read queued behind it, which keeps round trips down under load.
 */
@Injectable()
export class OrgChartReader {
  private folded: FoldedChart = EMPTY;
  private inFlight: Promise<OrgChartState> | undefined;
  private queued: Promise<OrgChartState> | undefined;

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  current(): Promise<OrgChartState> {
    // The queued read has not started yet, so it starts after this call: join it.
    if (this.queued) return this.queued;
    if (!this.inFlight) return this.startRead();
    // The read in flight may have started before this call: queue one behind it.
    const queued = this.inFlight
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        this.queued = undefined;
        return this.startRead();
      });
    this.queued = queued;
    return queued;
  }

  private startRead(): Promise<OrgChartState> {
    const read = this.readTail().finally(() => {
      if (this.inFlight === read) this.inFlight = undefined;
    });
    this.inFlight = read;
    return read;
  }

  private async readTail(): Promise<OrgChartState> {
    const folded = this.folded;
    // From the folded version itself: that event must still be there, with the same id.
    const tail = folded.version === 0 ? await this.store.readStream(ORG_CHART_STREAM) : await this.store.readStream(ORG_CHART_STREAM, { from: folded.version });
    const next = continues(folded, tail) ? extend(folded, tail.slice(folded.version === 0 ? 0 : 1)) : refold(await this.store.readStream(ORG_CHART_STREAM));
    this.folded = next;
    return next.state;
  }
}

function continues(folded: FoldedChart, tail: readonly RecordedEvent[]): boolean {
  if (folded.version === 0) return tail[0] === undefined || tail[0].streamVersion === 1;
  return tail[0]?.streamVersion === folded.version && tail[0].eventId === folded.lastEventId;
}

function extend(folded: FoldedChart, events: readonly RecordedEvent[]): FoldedChart {
  const last = events.at(-1);
  if (!last) return folded;
  return { state: foldHistory(orgChartDecider, events, folded.state), version: last.streamVersion, lastEventId: last.eventId };
}

function refold(history: readonly RecordedEvent[]): FoldedChart {
  const last = history.at(-1);
  return last ? { state: foldHistory(orgChartDecider, history), version: last.streamVersion, lastEventId: last.eventId } : EMPTY;
}
