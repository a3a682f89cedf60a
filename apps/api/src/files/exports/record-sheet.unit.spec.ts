// A record sheet of the ledgers workbook, written page by page by exceljs' streaming writer and
// read back: header bold and frozen, dates as Excel dates, instants in Shanghai time, money and
// count formats, widths from the header and the first page.
import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { type RecordSheet, recordSheet } from './record-sheet';

interface Grant {
  union: string;
  grantedOn: string;
  amount: number;
  personTimes: number;
  recordedAt: string;
}

async function* pagesOf<T>(...pages: T[][]): AsyncIterable<T[]> {
  for (const page of pages) yield page;
}

async function written(sheet: RecordSheet<Grant>): Promise<ExcelJS.Workbook> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  await recordSheet(sheet)(writer, async () => undefined);
  await writer.commit();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(Buffer.concat(chunks)).buffer);
  return workbook;
}

const columns: RecordSheet<Grant>['columns'] = [
  { header: '工会', cellType: 'org', value: (g) => g.union },
  { header: '发放日期', cellType: 'date', value: (g) => ({ date: g.grantedOn }) },
  { header: '金额（元）', cellType: 'money', value: (g) => g.amount },
  { header: '人次', cellType: 'count', value: (g) => g.personTimes },
  { header: '记录时间', cellType: 'instant', value: (g) => ({ instant: g.recordedAt }) },
];
const grant = (n: number): Grant => ({ union: `南区局/网络部/网络部工会${n}`, grantedOn: '2023-01-16', amount: 7500.5, personTimes: n, recordedAt: '2023-01-16T01:30:00.000Z' });

describe('a record sheet', () => {
  it('writes every page, as Excel values with the column formats', async () => {
    const workbook = await written({ name: '帮困', columns, pages: pagesOf([grant(1), grant(2)], [], [grant(3)]) });
    const sheet = workbook.getWorksheet('帮困');
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet?.getRow(1).values).toEqual([undefined, '工会', '发放日期', '金额（元）', '人次', '记录时间']);
    expect(sheet?.getRow(1).font?.bold).toBe(true);
    expect(sheet?.rowCount).toBe(4);
    const row = sheet?.getRow(4);
    expect(row?.getCell(2).value).toEqual(new Date('2023-01-16T00:00:00Z'));
    expect(row?.getCell(2).numFmt).toBe('yyyy-mm-dd');
    expect(row?.getCell(3).value).toBe(7500.5);
    expect(row?.getCell(3).numFmt).toBe('#,##0.00');
    expect(row?.getCell(4).value).toBe(3);
    expect(row?.getCell(5).value).toEqual(new Date('2023-01-16T09:30:00Z')); // 09:30 in Shanghai
  });

  it('fits widths to the header and the first page (a CJK character counting twice), within bounds', async () => {
    const sheet = (await written({ name: '帮困', columns, pages: pagesOf([grant(1)]) })).getWorksheet('帮困');
    expect(sheet?.getColumn(1).width).toBe(11 * 2 + 2 + 1 + 2); // 南区局/网络部/网络部工会1: 11 CJK, 2 slashes, a digit, a margin
    expect(sheet?.getColumn(4).width).toBe(8);
  });

  it('writes only the header for a kind without records', async () => {
    const sheet = (await written({ name: '帮困', columns, pages: pagesOf() })).getWorksheet('帮困');
    expect(sheet?.rowCount).toBe(1);
  });
});
