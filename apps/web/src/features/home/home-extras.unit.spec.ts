import { MAX_CHART_UNITS, monthChart, todoItems, unitChart, unitsToChart, type ChartUnit } from './home-extras';

const months = (figures: Record<number, [number, number]>) =>
  Array.from({ length: 12 }, (_, i) => ({ month: i + 1, count: figures[i + 1]?.[0] ?? 0, personTimes: figures[i + 1]?.[1] ?? 0 }));

describe('the month chart', () => {
  it('draws every month, activities as bars and 人次 as a line, and says the busy months in words', () => {
    const chart = monthChart(months({ 3: [13, 49], 5: [1, 6] }));
    expect(chart?.description).toBe('各月志愿服务：3月 13 场、49 人次；5月 1 场、6 人次；其余月份没有活动。');
    const option = chart?.option as { xAxis: { data: string[] }; series: { type: string; data: number[] }[] };
    expect(option.xAxis.data).toHaveLength(12);
    expect(option.series.map((s) => [s.type, s.data[2]])).toEqual([
      ['bar', 13],
      ['line', 49],
    ]);
  });

  it('draws nothing for a year without activities', () => {
    expect(monthChart(months({}))).toBeNull();
  });
});

describe('the units charted', () => {
  const unit = (id: string, kind: ChartUnit['kind'], parentId?: string, retired = false): ChartUnit => ({ id, name: id, kind, parentId: parentId ?? null, retired });

  it('are those one level under the top of the scope, without unions or retired units', () => {
    const units = [unit('南区局', 'BUREAU'), unit('公众客户部', 'DEPARTMENT', '南区局'), unit('枫林支局', 'SUB_BUREAU', '公众客户部'), unit('南区局工会', 'UNION', '南区局'), unit('旧营业厅', 'SERVICE_HALL', '南区局', true), unit('网络部', 'DEPARTMENT', '南区局')];
    expect(unitsToChart(units).map((u) => u.id)).toEqual(['公众客户部', '网络部']);
  });

  it('are the person’s own units when nothing is under them, and a scope without a top in the list starts at its own units', () => {
    expect(unitsToChart([unit('康健支局', 'SUB_BUREAU', 'outside')]).map((u) => u.id)).toEqual(['康健支局']);
    const many = Array.from({ length: 30 }, (_, i) => unit(`部门${i}`, 'DEPARTMENT', 'top'));
    expect(unitsToChart([unit('top', 'BUREAU'), ...many])).toHaveLength(MAX_CHART_UNITS);
  });

  it('chart as bars per unit, or not at all when no unit has an activity', () => {
    expect(unitChart([{ name: '网络部', count: 0, personTimes: 0 }])).toBeNull();
    const chart = unitChart([
      { name: '公众客户部', count: 115, personTimes: 253 },
      { name: '网络部', count: 0, personTimes: 0 },
    ]);
    expect(chart?.description).toBe('各单位志愿服务：公众客户部 115 场、253 人次；网络部 0 场、0 人次。');
    expect(chart?.height).toBe(96 + 48 * 2);
  });
});

describe('what is still to do', () => {
  const booth = (name: string, sessions: string[], over: { openedOn?: string; closed?: boolean } = {}) => ({
    id: name,
    name,
    openedOn: over.openedOn ?? '2026-01-01',
    closed: over.closed ?? false,
    sessions: sessions.map((date) => ({ date, voided: date.endsWith('-13') })),
  });

  it('lists each campaign not closed, and each open booth without a session this month', () => {
    const items = todoItems(
      [
        { id: 'a', name: '2026年爱心一日捐', closed: false, voided: false },
        { id: 'b', name: '已结束的', closed: true, voided: false },
        { id: 'c', name: '作废的', closed: false, voided: true },
      ],
      [
        booth('枫林Hello老友亭', ['2026-11-03']),
        booth('康健雷锋亭', ['2026-12-01']),
        // A voided session does not count.
        booth('田林志愿服务亭', ['2026-12-13']),
        booth('已关闭的亭', [], { closed: true }),
        booth('下月开设的亭', [], { openedOn: '2027-01-05' }),
      ],
      '2026-12-20',
    );
    expect(items.map((i) => i.text)).toEqual([
      '爱心一日捐“2026年爱心一日捐”尚未结束：各部门工会上缴完毕后，请财务结束募捐，数字才算定稿。',
      '枫林Hello老友亭本月（12月）还没有值守记录（2026年1月1日开设）。',
      '田林志愿服务亭本月（12月）还没有值守记录（2026年1月1日开设）。',
    ]);
  });

  it('is nothing when all is done', () => {
    expect(todoItems([], [booth('康健雷锋亭', ['2026-12-01'])], '2026-12-20')).toEqual([]);
  });
});
