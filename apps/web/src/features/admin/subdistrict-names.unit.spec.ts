import { GraphQLRequestError } from '../../lib/graphql-client';
import { onEntryField, readEntry, renamed, subdistrictName, withAdded, without } from './subdistrict-names';

describe('subdistrictName: the one name the server keeps', () => {
  it.each([
    ['枫林街道', '枫林'],
    [' 华泾镇 ', '华泾'],
    ['枫\u200b林', '枫林'],
    ['枫\uF9F4', '枫林'],
    ['街道', '街道'],
    ['徐家汇', '徐家汇'],
  ])('%p is kept as %p', (typed, name) => expect(subdistrictName(typed)).toBe(name));
});

describe('readEntry: what was typed into 添加街道', () => {
  const list = ['枫林', '湖南'];

  it('reads one name or several, separated as people type them, each by its one name', () => {
    expect(readEntry('天平街道、斜土，漕河泾镇\n田林; 虹梅', list)).toEqual({ names: ['天平', '斜土', '漕河泾', '田林', '虹梅'], problem: undefined });
  });

  it('says what is wrong before anything is sent', () => {
    expect(readEntry('枫林街道', list).problem).toBe('“枫林”已在名单中');
    expect(readEntry('天平、天平街道', list).problem).toBe('“天平街道”与“天平”是同一个街道，只填一次');
    expect(readEntry(' 、 ', list).problem).toBe('请填写街道名称');
    expect(readEntry('长'.repeat(51), list).problem).toContain('不能超过 50 个字');
    expect(readEntry('新名', Array.from({ length: 200 }, (_, i) => `街${i}`)).problem).toBe('街道名单最多 200 个');
  });

  it('lets a rename keep the name it replaces out of the comparison', () => {
    expect(readEntry('湖南街道', list, '湖南')).toEqual({ names: ['湖南'], problem: undefined });
  });
});

describe('the whole list each change sends', () => {
  it('adds at the end, removes one, renames in place', () => {
    expect(withAdded(['枫林'], ['天平', '斜土'])).toEqual(['枫林', '天平', '斜土']);
    expect(without(['枫林', '湖南', '天平'], '湖南')).toEqual(['枫林', '天平']);
    expect(renamed(['枫林', '湖南', '天平'], '湖南', '湖南路')).toEqual(['枫林', '湖南路', '天平']);
  });
});

describe('onEntryField', () => {
  it('puts the server’s refusal of a list entry on the dialog’s box, and leaves other refusals as they were', () => {
    const refused = new GraphQLRequestError('BAD_USER_INPUT', '输入有误', [
      { field: 'names[2]', message: '街道名单中“枫林街道”与“枫林”是同一个街道，只填一次' },
      { field: 'input.names', message: '街道名单最多 200 个' },
    ]);
    const placed = onEntryField(refused, 'entry');
    expect(placed).toBeInstanceOf(GraphQLRequestError);
    expect((placed as GraphQLRequestError).fields.map((problem) => problem.field)).toEqual(['entry', 'entry']);
    expect((placed as GraphQLRequestError).code).toBe('BAD_USER_INPUT');
    const network = new Error('offline');
    expect(onEntryField(network, 'entry')).toBe(network);
  });
});
