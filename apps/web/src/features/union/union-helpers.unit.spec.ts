import { importOutcome, nextStep } from './import-outcome';
import { amountProblem, normalizeAmount, sumYuan } from '../../lib/money';
import { remittanceProgress } from './remittance';

describe('amounts as the server takes them', () => {
  it('accepts plain decimals, with separators a person types', () => {
    expect(amountProblem('5860')).toBeUndefined();
    expect(amountProblem('41,620.50')).toBeUndefined();
    expect(normalizeAmount(' 41,620.50 ')).toBe('41620.50');
  });

  it('refuses what the api refuses, in Chinese', () => {
    expect(amountProblem('0')).toBe('金额须大于 0');
    expect(amountProblem('12.345')).toMatch(/最多两位小数/);
    expect(amountProblem('-5')).toMatch(/最多两位小数/);
    expect(amountProblem('1e3')).toMatch(/最多两位小数/);
    expect(amountProblem('01')).toMatch(/最多两位小数/);
    expect(amountProblem('100000000.01')).toMatch(/不超过 100000000/);
    expect(amountProblem('10000000.01', { maxYuan: 10_000_000 })).toBe('金额不能超过 10000000 元');
  });

  it('adds exactly, never through a float', () => {
    expect(sumYuan(['0.1', '0.2'])).toBe('0.30');
    expect(sumYuan(['5860.00', '8420.5', '6019.50'])).toBe('20300.00');
    expect(sumYuan([])).toBe('0.00');
  });
});

describe('remittanceProgress: who has remitted to a campaign', () => {
  const unions = [
    { id: 'a', name: '综合部工会', path: ['南区局', '综合部', '综合部工会'] },
    { id: 'b', name: '网络部工会', path: ['南区局', '网络部', '网络部工会'] },
    { id: 'c', name: '财务部工会', path: ['南区局', '财务部', '财务部工会'] },
  ];
  const donation = (unionId: string, amount: string, donorCount: number, receivedOn: string, voided = false) => ({ unionId, unionPath: ['南区局', `${unionId}工会`], amount, donorCount, receivedOn, voided });

  it('puts the unions still to remit first, and sums instalments', () => {
    const progress = remittanceProgress(unions, [donation('b', '4000.00', 30, '2023-06-12'), donation('b', '420.50', 3, '2023-06-19')]);
    expect(progress).toMatchObject({ remittedCount: 1, expectedCount: 3 });
    expect(progress.unions.map((u) => [u.name, u.remitted])).toEqual([
      ['综合部工会', false],
      ['财务部工会', false],
      ['网络部工会', true],
    ]);
    expect(progress.unions[2]).toMatchObject({ amount: '4420.50', donorCount: 33, donations: 2, lastReceivedOn: '2023-06-19' });
  });

  it('does not count a voided donation', () => {
    const progress = remittanceProgress(unions, [donation('a', '5860.00', 51, '2023-06-12', true)]);
    expect(progress.remittedCount).toBe(0);
    expect(progress.unions.find((u) => u.unionId === 'a')).toMatchObject({ remitted: false, amount: '0.00' });
  });

  it('keeps a donation from a union no longer expected, under its recorded name', () => {
    const progress = remittanceProgress(unions, [donation('gone', '100.00', 1, '2023-06-12')]);
    expect(progress).toMatchObject({ remittedCount: 1, expectedCount: 4 });
    expect(progress.unions.at(-1)).toMatchObject({ name: 'gone工会', remitted: true });
  });
});

describe('importOutcome: what an upload answered', () => {
  const report = { kind: 'union-donations', dryRun: true, rows: 7, valid: 6, errors: [{ row: 3, column: '金额（元）', message: '金额须大于 0' }], warnings: [], alreadyImported: 0, summary: '共 7 行，其中 1 行有问题' };

  it('reads a dry run with its problems by row and column', () => {
    const outcome = importOutcome(200, report, true);
    expect(outcome).toMatchObject({ kind: 'checked', report: { rows: 7, errors: [{ row: 3, column: '金额（元）' }] } });
    expect(nextStep(outcome)).toMatch(/改正/);
  });

  it('tells an import that wrote nothing new from one that wrote rows', () => {
    const repeat = importOutcome(200, { ...report, dryRun: false, errors: [], valid: 7, alreadyImported: 7, written: 0 }, false);
    expect(repeat).toMatchObject({ kind: 'imported', report: { written: 0, alreadyImported: 7 } });
    expect(nextStep(repeat)).toMatch(/没有写入新的记录/);
    expect(nextStep(importOutcome(200, { ...report, dryRun: false, errors: [], written: 7 }, false))).toMatch(/导入完成/);
  });

  it('reads all-or-nothing refusals and a midway failure', () => {
    expect(importOutcome(422, { ...report, dryRun: false, written: 0 }, false).kind).toBe('rejected');
    const interrupted = importOutcome(409, { ...report, dryRun: false, written: 3, notWrittenRows: [5, 6] }, false);
    expect(interrupted).toMatchObject({ kind: 'interrupted', report: { notWrittenRows: [5, 6] } });
    expect(nextStep(interrupted)).toMatch(/重新导入同一文件/);
  });

  it('says what to do after a whole file is refused, or no answer came', () => {
    expect(importOutcome(415, { code: 'UNSUPPORTED_FILE', message: '这不是 Excel 文件' }, true)).toMatchObject({ kind: 'refused', message: '这不是 Excel 文件', advice: expect.stringMatching(/\.xlsx/) });
    expect(importOutcome(400, { code: 'BAD_COLUMNS', message: '缺少列：金额（元）' }, true)).toMatchObject({ advice: expect.stringMatching(/模板/) });
    expect(importOutcome(0, undefined, false)).toMatchObject({ kind: 'refused', message: '文件未能导入', advice: expect.stringMatching(/网络/) });
  });
});
