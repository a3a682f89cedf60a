// VersionedMap: every version keeps answering as it did when made, whichever was read last, with
// the insertion order of a Map; a fold over many versions stays linear.
import { VersionedMap } from './versioned-map';

const asArray = <K, V>(map: ReadonlyMap<K, V>) => [...map];

describe('VersionedMap', () => {
  it('leaves every earlier version as it was', () => {
    const v0 = VersionedMap.empty<string, number>();
    const v1 = v0.with('a', 1);
    const v2 = v1.with('b', 2);
    const v3 = v2.with('a', 10);
    expect(asArray(v3)).toEqual([['a', 10], ['b', 2]]);
    expect(asArray(v1)).toEqual([['a', 1]]);
    expect(v0.size).toBe(0);
    expect(v2.get('a')).toBe(1);
    expect(asArray(v3)).toEqual([['a', 10], ['b', 2]]);
    expect(v1.has('b')).toBe(false);
    expect(v3.has('b')).toBe(true);
  });

  it('keeps branches apart: two versions made from the same one', () => {
    const base = VersionedMap.empty<string, string>().with('综合部工会', '5860.00');
    const left = base.with('网络部工会', '8420.50');
    const right = base.with('市场部工会', '5210.00');
    expect(asArray(left)).toEqual([['综合部工会', '5860.00'], ['网络部工会', '8420.50']]);
    expect(asArray(right)).toEqual([['综合部工会', '5860.00'], ['市场部工会', '5210.00']]);
    expect(asArray(left.with('综合部工会', '0.50'))).toEqual([['综合部工会', '0.50'], ['网络部工会', '8420.50']]);
    expect(asArray(base)).toEqual([['综合部工会', '5860.00']]);
    expect(asArray(right)).toEqual([['综合部工会', '5860.00'], ['市场部工会', '5210.00']]);
  });

  it('answers like a Map for every version, in any order of reading (against copied Maps)', () => {
    const versions: VersionedMap<number, number>[] = [VersionedMap.empty()];
    const copies: Map<number, number>[] = [new Map()];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let i = 0; i < 300; i++) {
      const from = next() % versions.length;
      const key = next() % 40;
      const value = next();
      versions.push((versions[from] as VersionedMap<number, number>).with(key, value));
      copies.push(new Map(copies[from]).set(key, value));
    }
    for (let i = 0; i < 600; i++) {
      const at = next() % versions.length;
      expect(asArray(versions[at] as VersionedMap<number, number>)).toEqual(asArray(copies[at] as Map<number, number>));
    }
  });

  it('takes over a plain Map without touching it, and is its own VersionedMap', () => {
    const plain = new Map([['a', 1]]);
    const versioned = VersionedMap.of(plain).with('b', 2);
    expect(asArray(versioned)).toEqual([['a', 1], ['b', 2]]);
    expect(asArray(plain)).toEqual([['a', 1]]);
    expect(VersionedMap.of(versioned)).toBe(versioned);
  });

  it('folds 100,000 additions in linear time', () => {
    const started = Date.now();
    let map = VersionedMap.empty<string, number>();
    for (let i = 0; i < 100_000; i++) map = map.with(`donation-${i}`, i);
    expect(map.size).toBe(100_000);
    expect(map.get('donation-99999')).toBe(99_999);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
