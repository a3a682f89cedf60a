import { StreamOrder } from './stream-order';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('StreamOrder', () => {
  it('runs the tasks of one stream one at a time, in call order, whatever each takes', async () => {
    const order = new StreamOrder();
    const ran: string[] = [];
    const task = (name: string, ms: number) => async () => {
      ran.push(`${name} start`);
      await sleep(ms);
      ran.push(`${name} end`);
      return name;
    };
    const results = await Promise.all([order.run('s', task('a', 30)), order.run('s', task('b', 1)), order.run('s', task('c', 10))]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(ran).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
  });

  it('runs other streams alongside, and a refused task does not hold up the next', async () => {
    const order = new StreamOrder();
    const ran: string[] = [];
    const slow = order.run('s', async () => {
      await sleep(30);
      ran.push('s1');
      throw new Error('冲突');
    });
    const other = order.run('t', async () => {
      ran.push('t1');
      return 't';
    });
    const next = order.run('s', async () => {
      ran.push('s2');
      return 's2';
    });
    await expect(slow).rejects.toThrow('冲突');
    expect(await other).toBe('t');
    expect(await next).toBe('s2');
    expect(ran).toEqual(['t1', 's1', 's2']);
  });
});
