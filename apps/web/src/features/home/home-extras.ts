// 首页's extras as pure rules: the month chart, which units the unit chart shows, and what is
// still to do. Tested without a browser.
import type { EChartsCoreOption } from 'echarts/core';
import type { OrgUnitKind } from '../../gql/graphql';
import { formatCount, formatDate } from '../../lib/format';

export interface ChartSpec {
  readonly option: EChartsCoreOption;
  readonly height: number;
  readonly description: string;
}

export interface MonthFigures {
  readonly month: number;
  readonly count: number;
  readonly personTimes: number;
}

/** Activities as bars and 人次 as a line, each on its own axis; null for a year without any. */
export function monthChart(months: readonly MonthFigures[]): ChartSpec | null {
  if (!months.some((m) => m.count > 0)) return null;
  const busy = months.filter((m) => m.count > 0);
  const description = `各月志愿服务：${busy.map((m) => `${m.month}月 ${formatCount(m.count)} 场、${formatCount(m.personTimes)} 人次`).join('；')}；其余月份没有活动。`;
  const option: EChartsCoreOption = {
    xAxis: { type: 'category', data: months.map((m) => `${m.month}月`) },
    yAxis: [
      { type: 'value', name: '场', minInterval: 1 },
      { type: 'value', name: '人次', minInterval: 1, splitLine: { show: false } },
    ],
    grid: { left: 8, right: 8, top: 48, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis' },
    series: [
      { name: '活动（场）', type: 'bar', data: months.map((m) => m.count) },
      { name: '参与（人次）', type: 'line', yAxisIndex: 1, data: months.map((m) => m.personTimes) },
    ],
  };
  return { option, height: 320, description };
}

export interface ChartUnit {
  readonly id: string;
  readonly name: string;
  readonly kind: OrgUnitKind;
  readonly parentId?: string | null;
  readonly retired: boolean;
}

/** At most this many bars: a bureau's departments and sub-bureaus fit; more would not read. */
export const MAX_CHART_UNITS = 20;

/**
 * The units one level under the top of the person's scope (their own units when those have none
 * under them), in the chart's order; unions keep money, not volunteering, and retired units are gone.
 */
export function unitsToChart(units: readonly ChartUnit[]): ChartUnit[] {
  const ids = new Set(units.map((u) => u.id));
  const tops = units.filter((u) => !u.parentId || !ids.has(u.parentId));
  const topIds = new Set(tops.map((u) => u.id));
  const under = units.filter((u) => u.parentId && topIds.has(u.parentId) && u.kind !== 'UNION' && !u.retired);
  return (under.length > 0 ? under : tops).slice(0, MAX_CHART_UNITS);
}

export interface UnitFigures {
  readonly name: string;
  readonly count: number;
  readonly personTimes: number;
}

/** Horizontal bars, one row per unit, so the Chinese names read on a phone; null when no unit has an activity. */
export function unitChart(units: readonly UnitFigures[]): ChartSpec | null {
  if (!units.some((u) => u.count > 0)) return null;
  const description = `各单位志愿服务：${units.map((u) => `${u.name} ${formatCount(u.count)} 场、${formatCount(u.personTimes)} 人次`).join('；')}。`;
  const option: EChartsCoreOption = {
    yAxis: { type: 'category', data: units.map((u) => u.name), inverse: true },
    xAxis: { type: 'value', minInterval: 1 },
    grid: { left: 8, right: 32, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    series: [
      { name: '活动（场）', type: 'bar', data: units.map((u) => u.count), label: { show: true, position: 'right' } },
      { name: '参与（人次）', type: 'bar', data: units.map((u) => u.personTimes), label: { show: true, position: 'right' } },
    ],
  };
  return { option, height: 96 + 48 * units.length, description };
}

export interface TodoCampaign {
  readonly id: string;
  readonly name: string;
  readonly closed: boolean;
  readonly voided: boolean;
}

export interface TodoBooth {
  readonly id: string;
  readonly name: string;
  readonly openedOn: string;
  readonly closed: boolean;
  readonly sessions: readonly { readonly date: string; readonly voided: boolean }[];
}

export interface TodoItem {
  readonly key: string;
  readonly text: string;
}

/**
 * What is still to do, as of `today` (YYYY-MM-DD, Asia/Shanghai): each campaign not yet closed,
 * and each open booth without a session this month.
 */
export function todoItems(campaigns: readonly TodoCampaign[], booths: readonly TodoBooth[], today: string): TodoItem[] {
  const month = today.slice(0, 7);
  const monthName = `${Number(today.slice(5, 7))}月`;
  return [
    ...campaigns
      .filter((c) => !c.closed && !c.voided)
      .map((c) => ({ key: `campaign-${c.id}`, text: `爱心一日捐“${c.name}”尚未结束：各部门工会上缴完毕后，请财务结束募捐，数字才算定稿。` })),
    ...booths
      .filter((b) => !b.closed && b.openedOn <= today && !b.sessions.some((s) => !s.voided && s.date.startsWith(month)))
      .map((b) => ({ key: `booth-${b.id}`, text: `${b.name}本月（${monthName}）还没有值守记录（${formatDate(b.openedOn)}开设）。` })),
  ];
}
