import { orgChartDecider, type OrgChartCommand, type OrgChartEvent, type OrgChartState } from '@tracker/domain';
import type { RecordKind } from '../command-handling/record-commands';
import { assertMayChangeOrgChart } from './org-unit-access';
import { ORG_CHART_STREAM } from './org-chart.reader';

/** Where a record of this kind lives, what decides for it and who may act on it (see RecordKind). */
export const ORG_CHART: RecordKind<OrgChartCommand, OrgChartEvent, OrgChartState> = {
  streamOf: () => ORG_CHART_STREAM,
  decider: orgChartDecider,
  authorize: assertMayChangeOrgChart,
};
