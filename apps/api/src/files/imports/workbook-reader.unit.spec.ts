// The import reader against every shape of .xlsx a person's program writes: parts in exceljs'
// order and in Excel's, tabs stored out of order, no shared strings, absolute part names, helper
// sheets first; and against files that only look like workbooks.
import JSZip from 'jszip';
import { workbookOf } from '../../../test/files';
import { FileRefusedError } from '../files-errors';
import { readImportSheet } from './workbook-reader';

const HEADER = ['部门工会', '金额（元）', '捐款人数', '收款日期'];
const ROWS = [
  ['网络部工会', 10, 1, '2023-11-02'],
  ['综合部工会', 5860.5, 51, new Date(Date.UTC(2023, 5, 20))],
];
const EXPECTED_ROWS = [
  { number: 2, cells: [{ kind: 'text', text: '网络部工会' }, { kind: 'number', value: 10 }, { kind: 'number', value: 1 }, { kind: 'text', text: '2023-11-02' }] },
  { number: 3, cells: [{ kind: 'text', text: '综合部工会' }, { kind: 'number', value: 5860.5 }, { kind: 'number', value: 51 }, { kind: 'date', date: '2023-06-20' }] },
];

/** The parts (and any `added`) in a new zip, those named in `first` first, the rest in their old order. */
async function rezipped(
  file: Buffer,
  first: readonly string[],
  edit: (path: string, text: string) => string | null = (_, text) => text,
  added: Readonly<Record<string, string>> = {},
): Promise<Buffer> {
  const source = await JSZip.loadAsync(file);
  const paths = [...Object.keys(source.files).filter((path) => !source.files[path]?.dir), ...Object.keys(added)];
  const ordered = [...first.filter((path) => paths.includes(path)), ...paths.filter((path) => !first.includes(path))];
  const target = new JSZip();
  for (const path of ordered) {
    const text = edit(path, added[path] ?? (await source.file(path)?.async('string')) ?? '');
    if (text !== null) target.file(path, text);
  }
  return target.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function refusal(read: Promise<unknown>): Promise<{ status: number; code: string; message: string; cause: unknown }> {
  const error = await read.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof FileRefusedError)) throw new Error(`expected a FileRefusedError, got ${String(error)}`);
  return { status: error.status, code: error.code, message: error.message, cause: error.cause };
}

describe('readImportSheet', () => {
  it('reads an exceljs-written workbook (a sheet before its shared strings, the workbook part last) the same way every time', async () => {
    const file = await workbookOf(HEADER, ROWS, '爱心一日捐');
    const order = Object.keys((await JSZip.loadAsync(file)).files);
    // The shape exceljs' own streaming reader lost parts of, now and then (exceljs#3064).
    expect(order.indexOf('xl/worksheets/sheet1.xml')).toBeLessThan(order.indexOf('xl/sharedStrings.xml'));
    expect(order.at(-1)).toBe('xl/workbook.xml');
    const reads = await Promise.all(Array.from({ length: 50 }, () => readImportSheet(file)));
    for (const read of reads) {
      expect(read).toEqual({ sheetName: '爱心一日捐', headers: HEADER, unnamedColumns: [], rows: EXPECTED_ROWS, contentHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
      expect(read.contentHash).toBe(reads[0]?.contentHash);
    }
  });

  it('reads Excel’s order (the workbook first, shared strings before the sheets) to the same content and the same hash', async () => {
    const file = await workbookOf(HEADER, ROWS, '爱心一日捐');
    const excelOrder = await rezipped(file, ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/sharedStrings.xml']);
    expect(await readImportSheet(excelOrder)).toEqual(await readImportSheet(file));
  });

  it('takes the first tab, not the first part: a workbook whose first tab is stored as sheet2.xml, after sheet1.xml', async () => {
    const file = await workbookOf(HEADER, ROWS, 'first-made');
    const sheet1 = (await (await JSZip.loadAsync(file)).file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
    const twoTabs = await rezipped(
      file,
      ['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml'],
      (path, text) => {
        if (path === 'xl/workbook.xml') return text.replace(/<sheet [^>]*\/>/, (sheet) => `<sheet name="看这里" sheetId="2" r:id="rIdTab2"/>${sheet}`);
        if (path === 'xl/_rels/workbook.xml.rels') return text.replace('</Relationships>', '<Relationship Id="rIdTab2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/></Relationships>');
        return text;
      },
      { 'xl/worksheets/sheet2.xml': sheet1.replace(/<row r="3"[\s\S]*?<\/row>/, '') },
    );
    const read = await readImportSheet(twoTabs);
    expect(read.sheetName).toBe('看这里');
    expect(read.rows).toEqual(EXPECTED_ROWS.slice(0, 1));
  });

  it('passes over the templates’ helper sheets (说明, 组织单位) before the data', async () => {
    const file = await workbookOf(HEADER, ROWS, '爱心一日捐');
    const withHelpers = await rezipped(file, [], (path, text) => {
      if (path === 'xl/workbook.xml') return text.replace(/<sheet [^>]*\/>/, (sheet) => `<sheet name="说明" sheetId="8" r:id="rIdHelp"/>${sheet}`);
      if (path === 'xl/_rels/workbook.xml.rels') return text.replace('</Relationships>', '<Relationship Id="rIdHelp" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>');
      return text;
    });
    expect(await readImportSheet(withHelpers)).toMatchObject({ sheetName: '爱心一日捐', rows: EXPECTED_ROWS });
  });

  it('reads a workbook with no shared strings (every text inline) and parts named from the root', async () => {
    const file = await workbookOf(['部门工会', '金额（元）'], [['网络部工会', 10]], 'Sheet1');
    const strings = [...((await (await JSZip.loadAsync(file)).file('xl/sharedStrings.xml')?.async('string')) ?? '').matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1] ?? '');
    const inline = await rezipped(file, [], (path, text) => {
      if (path === 'xl/sharedStrings.xml') return null;
      if (path === 'xl/worksheets/sheet1.xml') return text.replace(/<c r="([A-Z]+\d+)"([^>]*) t="s"><v>(\d+)<\/v><\/c>/g, (_, ref: string, attrs: string, index: string) => `<c r="${ref}"${attrs} t="inlineStr"><is><t>${strings[Number(index)] ?? ''}</t></is></c>`);
      if (path === 'xl/_rels/workbook.xml.rels') return text.replace('Target="worksheets/sheet1.xml"', 'Target="/xl/worksheets/sheet1.xml"').replace(/<Relationship [^>]*sharedStrings[^>]*\/>/, '');
      return text;
    });
    expect(await (await JSZip.loadAsync(inline)).file('xl/sharedStrings.xml')).toBeNull();
    expect(await readImportSheet(inline)).toMatchObject({
      sheetName: 'Sheet1',
      headers: ['部门工会', '金额（元）'],
      rows: [{ number: 2, cells: [{ kind: 'text', text: '网络部工会' }, { kind: 'number', value: 10 }] }],
    });
  });

  it('refuses a zip that holds no workbook (a Word file renamed .xlsx) as not a workbook', async () => {
    const word = new JSZip();
    word.file('[Content_Types].xml', '<Types/>');
    word.file('word/document.xml', '<w:document/>');
    expect(await refusal(readImportSheet(await word.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })))).toMatchObject({ status: 415, code: 'NOT_A_WORKBOOK' });
  });

  it('refuses a workbook cut short, or one whose sheet does not inflate, as not a workbook, and keeps the cause for the log', async () => {
    const file = await workbookOf(HEADER, ROWS);
    const cut = await refusal(readImportSheet(file.subarray(0, Math.floor(file.length * 0.7))));
    expect(cut).toMatchObject({ status: 415, code: 'NOT_A_WORKBOOK', message: expect.stringMatching(/^上传的文件不是 Excel 工作簿/) });
    expect(cut.cause).toBeInstanceOf(Error);

    // The sheet's deflated bytes start after its local header (30 bytes, then its name and extra field).
    const damaged = Buffer.from(file);
    const name = damaged.indexOf('xl/worksheets/sheet1.xml');
    const data = name + 'xl/worksheets/sheet1.xml'.length + damaged.readUInt16LE(name - 2);
    damaged.fill(0xff, data, data + 16);
    const broken = await refusal(readImportSheet(damaged));
    expect(broken).toMatchObject({ status: 415, code: 'NOT_A_WORKBOOK' });
    expect(broken.cause).toBeInstanceOf(Error);
  });

  it('refuses a part that inflates past the limit (a zip bomb) as too large, before reading it whole', async () => {
    const file = await workbookOf(HEADER, ROWS);
    const bomb = await rezipped(file, [], (path, text) => (path === 'xl/worksheets/sheet1.xml' ? text.replace('</sheetData>', `<row r="4"><c r="A4" t="inlineStr"><is><t>${'啊'.repeat(2_000_000)}</t></is></c></row></sheetData>`) : text));
    expect(bomb.length).toBeLessThan(100_000);
    expect(await refusal(readImportSheet(bomb, { maxPartBytes: 1_000_000 }))).toEqual({
      status: 413,
      code: 'FILE_TOO_LARGE',
      message: '文件解压后过大，不像是一份导入表：请用导入模板填写，或拆分后分批导入',
      cause: undefined,
    });
  });
});
