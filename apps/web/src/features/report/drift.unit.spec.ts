import { changeValue, driftSummary } from './drift';
import { eventReason } from './event-reason';

describe('the drift from the newest edition', () => {
  it('shows the api’s numbers as people read them, and lists as they are', () => {
    expect(changeValue('2433')).toBe('2,433');
    expect(changeValue('+3')).toBe('+3');
    expect(changeValue('-1500')).toBe('-1,500');
    expect(changeValue('27500.00')).toBe('27,500.00');
    expect(changeValue('+150.5')).toBe('+150.50');
    expect(changeValue('枫林、湖南')).toBe('枫林、湖南');
    expect(changeValue(null)).toBe('（无）');
  });

  it('sums up in one line', () => {
    expect(driftSummary(1, 0)).toBe('与第 1 版相比，数据没有变化。');
    expect(driftSummary(2, 3)).toBe('与第 2 版相比，有 3 项数据发生了变化。');
  });
});

describe('an adjustment', () => {
  it('gives the reason its data carries', () => {
    expect(eventReason({ reason: '服务人数登记有误', changes: {} })).toBe('服务人数登记有误');
    expect(eventReason({ reason: ' ' })).toBeUndefined();
    expect(eventReason({ personTimes: 3 })).toBeUndefined();
    expect(eventReason(null)).toBeUndefined();
  });
});
