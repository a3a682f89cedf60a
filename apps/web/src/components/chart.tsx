// Charts load ECharts on first use, in their own chunk, so no page pays for it up front.
import type { EChartsCoreOption } from 'echarts/core';
import { lazy, Suspense } from 'react';
import { PageLoading } from './page-loading';

const ChartCanvas = lazy(() => import('./chart-canvas'));

export interface ChartProps {
  readonly option: EChartsCoreOption;
  readonly height: number;
  /** What the chart shows, read out instead of the picture. */
  readonly description: string;
}

export function Chart(props: ChartProps) {
  return (
    <Suspense fallback={<PageLoading what="正在加载图表…" />}>
      <ChartCanvas {...props} />
    </Suspense>
  );
}
