import { shanghaiDateOf } from './shanghai-date';

describe('shanghaiDateOf', () => {
  it('is the calendar date in Shanghai, not in UTC', () => {
    expect(shanghaiDateOf(new Date('2023-12-31T16:30:00Z'))).toBe('2024-01-01');
    expect(shanghaiDateOf(new Date('2023-03-04T15:59:59Z'))).toBe('2023-03-04');
    expect(shanghaiDateOf(new Date('2023-03-04T16:00:00Z'))).toBe('2023-03-05');
  });
});
