// The chart of 志愿服务 by programme: horizontal bars, so the Chinese names read on a phone too.
import type { EChartsCoreOption } from 'echarts/core';
import type { VolunteerProgram } from '../../gql/graphql';
import { formatCount } from '../../lib/format';
import { volunteerProgramLabel } from '../../lib/labels';

export interface ProgrammeFigures {
  readonly program: VolunteerProgram;
  readonly count: number;
  readonly personTimes: number;
}

export interface ProgrammeChartSpec {
  readonly option: EChartsCoreOption;
  readonly height: number;
  readonly description: string;
}

const ROW_HEIGHT = 56;
const FRAME_HEIGHT = 96;

/** Null when there is nothing to draw. Programmes keep the api's order. */
export function programmeChart(byProgram: readonly ProgrammeFigures[]): ProgrammeChartSpec | null {
  if (byProgram.length === 0) return null;
  const names = byProgram.map((p) => volunteerProgramLabel(p.program));
  const description = `各项目志愿服务：${byProgram
    .map((p, i) => `${names[i]} ${formatCount(p.count)} 场、${formatCount(p.personTimes)} 人次`)
    .join('；')}。`;
  const option: EChartsCoreOption = {
    // Bars drawn top to bottom in the api's order.
    yAxis: { type: 'category', data: names, inverse: true },
    xAxis: { type: 'value', minInterval: 1 },
    grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    series: [
      { name: '活动（场）', type: 'bar', data: byProgram.map((p) => p.count), label: { show: true, position: 'right' } },
      { name: '参与（人次）', type: 'bar', data: byProgram.map((p) => p.personTimes), label: { show: true, position: 'right' } },
    ],
  };
  return { option, height: FRAME_HEIGHT + ROW_HEIGHT * byProgram.length, description };
}
