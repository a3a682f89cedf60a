// The CLI's import and export against a fake tracker: what they send, and what a person reads.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIo } from './cli-command';
import { createExportCommand } from './export.command';
import { createImportCommand } from './import.command';

function capture(): CliIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l) };
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

interface Sent {
  url: string;
  authorization: string | null;
  file?: string;
}

function fakeTracker(answer: Response): { fetch: typeof fetch; sent: Sent[] } {
  const sent: Sent[] = [];
  const fake = async (url: string, init: RequestInit = {}) => {
    const form = init.body instanceof FormData ? init.body : undefined;
    const part = form?.get('file');
    sent.push({ url, authorization: new Headers(init.headers).get('authorization'), ...(part instanceof Blob ? { file: await part.text() } : {}) });
    return answer;
  };
  return { fetch: fake as typeof fetch, sent };
}

let dir: string;
let sheet: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cli-files-'));
  sheet = join(dir, '7个部门工会.xlsx');
  await writeFile(sheet, 'workbook bytes');
});

describe('import', () => {
  const report = {
    rows: 7,
    valid: 5,
    errors: [
      { row: 3, column: '金额（元）', message: '金额须大于 0' },
      { row: 6, column: null, message: '爱心一日捐活动已结束' },
    ],
    warnings: [{ row: 8, message: '与第 7 行内容完全相同，是否重复填写？（仍会作为另一条记录导入）' }],
    summary: '共 7 行，其中 2 行有问题，请改正后再导入。没有写入任何记录。',
  };

  it('sends the file as the person whose token it is, and prints every problem by row and column', async () => {
    const tracker = fakeTracker(json(422, report));
    const io = capture();
    const code = await createImportCommand(tracker.fetch).run(['union-donations', sheet, '--dry-run', '--campaign', 'c-1', '--url', 'http://tracker:3000/graphql', '--token', 'tok'], io);
    expect(code).toBe(1);
    expect(tracker.sent).toEqual([{ url: 'http://tracker:3000/files/imports/union-donations?dryRun=true&campaignId=c-1', authorization: 'Bearer tok', file: 'workbook bytes' }]);
    expect(io.lines).toEqual([
      '检查 7个部门工会.xlsx（爱心一日捐）…',
      '共 7 行，其中 2 行有问题，请改正后再导入。没有写入任何记录。',
      '  第 3 行「金额（元）」：金额须大于 0',
      '  第 6 行：爱心一日捐活动已结束',
      '请留意：',
      '  第 8 行：与第 7 行内容完全相同，是否重复填写？（仍会作为另一条记录导入）',
    ]);
  });

  it('exits 0 when everything was written, and takes --dry-run anywhere', async () => {
    const tracker = fakeTracker(json(200, { ...report, errors: [], warnings: [], summary: '共 7 行，已写入 7 行（不会重复写入）。' }));
    const io = capture();
    expect(await createImportCommand(tracker.fetch).run(['--dry-run', 'relief-grants', sheet, '--url', 'http://tracker:3000', '--token', 'tok'], io)).toBe(0);
    expect(tracker.sent[0]?.url).toBe('http://tracker:3000/files/imports/relief-grants?dryRun=true');
  });

  it('says what the tracker refused, in its words, and what to type when the arguments are wrong', async () => {
    const io = capture();
    const tracker = fakeTracker(json(415, { code: 'NOT_A_WORKBOOK', message: '上传的文件不是 Excel 工作簿（.xlsx），无法读取。请用导入模板填写后上传' }));
    expect(await createImportCommand(tracker.fetch).run(['exam-sentinel-shifts', sheet, '--token', 'tok'], io)).toBe(1);
    expect(io.errors).toEqual(['上传的文件不是 Excel 工作簿（.xlsx），无法读取。请用导入模板填写后上传（HTTP 415）']);
    const usage = capture();
    expect(await createImportCommand(tracker.fetch).run(['booths', sheet], usage)).toBe(2);
    expect(usage.errors[0]).toMatch(/^用法：npm run cli -- import <union-donations\|volunteer-activities\|exam-sentinel-shifts\|relief-grants> <文件\.xlsx>/);
    const missing = capture();
    expect(await createImportCommand(tracker.fetch).run(['relief-grants', join(dir, 'nope.xlsx'), '--token', 'tok'], missing)).toBe(1);
    expect(missing.errors).toEqual([`读不到文件 ${join(dir, 'nope.xlsx')}`]);
  });
});

describe('export', () => {
  it('downloads the ledgers workbook by default, the Word section for a .docx, scoped with --org', async () => {
    const tracker = fakeTracker(new Response('xlsx bytes', { status: 200 }));
    const io = capture();
    const out = join(dir, 'ledgers.xlsx');
    expect(await createExportCommand(tracker.fetch).run(['2023', '--out', out, '--url', 'http://tracker:3000', '--token', 'tok'], io)).toBe(0);
    expect(await readFile(out, 'utf8')).toBe('xlsx bytes');
    expect(io.lines).toEqual([`已导出 ${out}（0.0 KB）`]);
    const word = fakeTracker(new Response('docx bytes', { status: 200 }));
    expect(await createExportCommand(word.fetch).run(['2023', '--out', join(dir, 's.docx'), '--org', 'u-1', '--url', 'http://tracker:3000', '--token', 'tok'], capture())).toBe(0);
    expect(word.sent[0]?.url).toBe('http://tracker:3000/files/section/2023.docx?orgUnitId=u-1');
  });

  it('prints the refusal and writes no file', async () => {
    const tracker = fakeTracker(json(403, { code: 'FORBIDDEN', message: '查看报告汇总需要报告汇编角色，你的角色是记录员' }));
    const io = capture();
    const out = join(dir, 'refused.xlsx');
    expect(await createExportCommand(tracker.fetch).run(['2023', '--out', out, '--url', 'http://tracker:3000', '--token', 'tok'], io)).toBe(1);
    expect(io.errors).toEqual(['查看报告汇总需要报告汇编角色，你的角色是记录员（HTTP 403）']);
    await expect(readFile(out)).rejects.toThrow();
    const wrong = capture();
    expect(await createExportCommand(tracker.fetch).run(['2023', '--out', 'x.pdf'], wrong)).toBe(2);
    expect(wrong.errors).toEqual(['--out 的文件名须以 .xlsx（年度台账）或 .docx（社区责任章节）结尾：x.pdf']);
  });
});
