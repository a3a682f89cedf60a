import { Injectable } from '@nestjs/common';
import { ORG_CHART_ID, orgChartDecider, streamIdFor, type OrgChartState } from '@tracker/domain';
import { AggregateLoader } from '../command-handling/aggregate-loader';

export const ORG_CHART_STREAM = streamIdFor('orgchart', ORG_CHART_ID);

/** The current 组织 org chart, folded from its single stream; used for snapshots and scope checks. */
@Injectable()
export class OrgChartReader {
  constructor(private readonly loader: AggregateLoader) {}

  current(): Promise<OrgChartState> {
    return this.loader.load(ORG_CHART_STREAM, orgChartDecider);
  }
}
