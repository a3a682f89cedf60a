import fc from 'fast-check';
import { subdistrictName } from './subdistrict';
import { canonicalText, normalizeText } from './text';
import { FieldChecks } from './validation';

// The eight ways issue 12 wrote 枫林: each counted as a 街道 of its own before.
const FENGLIN_VARIANTS = ['枫林', '枫林\u200b', '枫\u200d林', '枫林\u2060', '枫林\u00ad', '枫\uF9F4', '枫林街道', '\u202e枫林\u202c'];

describe('canonical text', () => {
  it.each([
    ['zero-width space', '枫林\u200b', '枫林'],
    ['zero-width joiner and non-joiner', '枫\u200d林\u200c', '枫林'],
    ['word joiner', '枫林\u2060', '枫林'],
    ['soft hyphen', '枫\u00ad林', '枫林'],
    ['byte order mark', '\ufeff枫林', '枫林'],
    ['bidi controls', '\u202e枫林\u202c\u200f\u2066\u2069\u061c', '枫林'],
    ['a variation selector', '枫\ufe00林', '枫林'],
    ['a compatibility ideograph (U+F9F4 is 林)', '枫\uF9F4', '枫林'],
    ['full-width Latin letters, digits and signs', 'ＡＢＣ１２３．５％', 'ABC123.5%'],
    ['ideographic spaces and NBSP, collapsed and trimmed', '\u3000枫林\u00a0\u00a0路 \t\n营业厅\u3000', '枫林 路 营业厅'],
    ['control characters other than whitespace', '枫\u0007林\u001b', '枫林'],
    ['a combining mark an invisible character separated from its letter', 'e\u034f\u0301', 'é'],
  ])('removes or folds %s', (_what, text, canonical) => {
    expect(canonicalText(text)).toBe(canonical);
  });

  it('leaves what no store can keep (NUL, a lone surrogate) for the store to refuse, rather than mending it', () => {
    expect(canonicalText('枫\u0000林')).toBe('枫\u0000林');
    expect(canonicalText('枫\ud800林')).toBe('枫\ud800林');
  });

  it('keeps what people see: Chinese text and its punctuation, full-width ones too, and emoji', () => {
    expect(canonicalText('学雷锋、反诈骗。「志愿」😀')).toBe('学雷锋、反诈骗。「志愿」😀');
    expect(canonicalText('金额有误，应为 ５５０．００ 元（２０２３年）！？：；［］｛｝～￥')).toBe('金额有误，应为 550.00 元（2023年）！？：；［］｛｝～￥');
  });

  it('is its own canonical form (any text)', () => {
    const interesting = fc.constantFrom(...'枫林街道镇 \u3000\u00a0\t\n\u200b\u200d\u2060\u00ad\ufeff\u202e\u034fe\u0301\uF9F4Ａ１\ufe00\u0007（，）'.split(''));
    fc.assert(
      fc.property(fc.array(fc.oneof(interesting, fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 12 }), (parts) => {
        const once = canonicalText(parts.join(''));
        expect(canonicalText(once)).toBe(once);
      }),
      { numRuns: 2000, seed: 20230305 },
    );
  });

  it('makes the eight 枫林 variants of issue 12 one 街道', () => {
    expect(new Set(FENGLIN_VARIANTS.map(subdistrictName))).toEqual(new Set(['枫林']));
  });

  it('treats text that is empty once canonical as missing', () => {
    expect(normalizeText('\u200b\u3000\u00ad')).toBeUndefined();
    expect(normalizeText(3)).toBeUndefined();
    expect(normalizeText(' 枫林 ')).toBe('枫林');
  });
});

describe('field checks store canonical text', () => {
  it('text, optional text and lists are canonical; invisible-only text is refused as missing', () => {
    const checks = new FieldChecks();
    expect(checks.text('site', '枫林\u200b路', { max: 10, label: '地点' })).toBe('枫林路');
    expect(checks.optionalText('note', '\u2060', { max: 10, label: '备注' })).toBeUndefined();
    expect(checks.textList('list', ['反诈\u00ad宣传', ' 套餐\u3000解读'], { maxItems: 5, maxLength: 10, label: '服务内容' })).toEqual(['反诈宣传', '套餐 解读']);
    checks.textList('items', ['反诈\u00ad宣传', '反诈宣传'], { maxItems: 5, maxLength: 10, label: '服务内容' });
    expect(checks.text('title', '\u200b\u200d', { max: 10, label: '活动名称' })).toBe('');
    expect(checks.issues).toEqual([
      { field: 'items[1]', message: '服务内容中“反诈宣传”重复了' },
      { field: 'title', message: '请填写活动名称' },
    ]);
  });

  it('counts the length of the canonical text', () => {
    const checks = new FieldChecks();
    checks.text('site', `${'枫'.repeat(10)}${'\u200b'.repeat(20)}`, { max: 10, label: '地点' });
    expect(checks.issues).toEqual([]);
  });
});

describe('街道 names', () => {
  it.each([
    ['枫林街道', '枫林'],
    ['华泾镇', '华泾'],
    ['枫林', '枫林'],
    [' 枫林 街道 ', '枫林'],
    ['枫林\u200b街道', '枫林'],
    ['街道', '街道'],
    ['镇', '镇'],
  ])('%p is kept as %p', (text, name) => expect(subdistrictName(text)).toBe(name));
});
