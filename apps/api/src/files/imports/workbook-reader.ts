// Reads the data sheet of an uploaded workbook, row by row with exceljs' streaming reader, so a
// file with far too many rows is refused after 20,001 of them instead of being built in memory.
// Cells become the domain's SheetCell; everything a person may have typed is judged later, by the
// sheet's parsers and the deciders.
import { HttpStatus } from '@nestjs/common';
import type { CalendarDate, SheetCell } from '@tracker/domain';
import { isBlankCell } from '@tracker/domain';
import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { FileRefusedError } from '../files-errors';

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 20_000;

/** Sheets of our own templates that hold no data. */
const HELPER_SHEETS = new Set(['说明', '组织单位']);

export interface SheetRow {
  /** The row number as Excel shows it (the header is row 1). */
  readonly number: number;
  readonly cells: readonly SheetCell[];
}

export interface ImportSheetContent {
  readonly sheetName: string;
  /** Header texts by column (0-based); undefined where a header cell is empty. */
  readonly headers: readonly (string | undefined)[];
  /** Columns (0-based) that hold data below an empty header cell. */
  readonly unnamedColumns: readonly number[];
  readonly rows: readonly SheetRow[];
  /** A hash of what the sheet says (not of the file's bytes): saving the same data again keeps it. */
  readonly contentHash: string;
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

export async function readImportSheet(bytes: Buffer): Promise<ImportSheetContent> {
  if (bytes.length > MAX_IMPORT_BYTES) throw new FileRefusedError(HttpStatus.PAYLOAD_TOO_LARGE, 'FILE_TOO_LARGE', '文件超过了 10 MB 的上限，请拆分后分批导入');
  if (bytes.subarray(0, 4).equals(OLE_MAGIC)) {
    throw new FileRefusedError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'NOT_A_WORKBOOK', '这是旧版 Excel（.xls）文件，请在 Excel 中“另存为” .xlsx 工作簿后再上传');
  }
  if (!bytes.subarray(0, 4).equals(ZIP_MAGIC)) throw notAWorkbook();
  try {
    return await readFirstDataSheet(bytes);
  } catch (error) {
    if (error instanceof FileRefusedError) throw error;
    throw notAWorkbook();
  }
}

const notAWorkbook = () => new FileRefusedError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'NOT_A_WORKBOOK', '上传的文件不是 Excel 工作簿（.xlsx），无法读取。请用导入模板填写后上传');

async function readFirstDataSheet(bytes: Buffer): Promise<ImportSheetContent> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
    sharedStrings: 'cache',
    // Styles tell a date cell from a number: exceljs then hands over a Date.
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  const worksheets = reader[Symbol.asyncIterator]();
  try {
    for (let next = await worksheets.next(); !next.done; next = await worksheets.next()) {
      const worksheet = next.value;
      // exceljs' typings omit the reader's sheet name, which it has once workbook.xml is read.
      const name = 'name' in worksheet && typeof worksheet.name === 'string' ? worksheet.name : '';
      if (!HELPER_SHEETS.has(name)) return await readRows(worksheet, name);
    }
    throw emptySheet();
  } finally {
    // A workbook whose shared strings come after its sheets (Excel's own order) has its sheets
    // parked in temp files, which exceljs deletes only as it moves past them: go to the end.
    await drain(worksheets).catch(() => undefined);
  }
}

async function drain(worksheets: AsyncIterator<unknown>): Promise<void> {
  for (let next = await worksheets.next(); !next.done; next = await worksheets.next()) {
    // nothing to read: each sheet is skipped
  }
}

const emptySheet = () => new FileRefusedError(HttpStatus.BAD_REQUEST, 'EMPTY_SHEET', '工作表是空的：第 1 行应为列名，从第 2 行起每行一条记录');

async function readRows(worksheet: AsyncIterable<ExcelJS.Row>, sheetName: string): Promise<ImportSheetContent> {
  const hash = createHash('sha256');
  let headers: (string | undefined)[] | undefined;
  const rows: SheetRow[] = [];
  const unnamed = new Set<number>();
  for await (const row of worksheet) {
    const cells = cellsOf(row);
    if (row.number === 1) {
      headers = cells.map((cell) => (cell.kind === 'text' ? cell.text.trim() || undefined : cell.kind === 'number' ? String(cell.value) : undefined));
      hash.update(JSON.stringify(headers));
      continue;
    }
    if (cells.every(isBlankCell)) continue;
    if (rows.length >= MAX_IMPORT_ROWS) {
      throw new FileRefusedError(HttpStatus.PAYLOAD_TOO_LARGE, 'TOO_MANY_ROWS', `一次最多导入 ${MAX_IMPORT_ROWS.toLocaleString('en-US')} 行，这个文件更多，请拆分后分批导入`);
    }
    cells.forEach((cell, column) => {
      if (!isBlankCell(cell) && headers?.[column] === undefined) unnamed.add(column);
    });
    hash.update(`\n${row.number}\u0000${JSON.stringify(cells)}`);
    rows.push({ number: row.number, cells });
  }
  if (!headers || headers.every((h) => h === undefined) || rows.length === 0) throw emptySheet();
  return { sheetName, headers, unnamedColumns: [...unnamed].sort((a, b) => a - b), rows, contentHash: hash.digest('hex') };
}

/** The row's cells from its first column (exceljs counts from 1 and leaves holes). */
function cellsOf(row: ExcelJS.Row): SheetCell[] {
  const values = Array.isArray(row.values) ? row.values : [];
  const cells: SheetCell[] = [];
  for (let column = 1; column < values.length; column++) cells.push(sheetCell(values[column]));
  return cells;
}

export function sheetCell(value: ExcelJS.CellValue | undefined): SheetCell {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'string') return value.trim() === '' ? { kind: 'empty' } : { kind: 'text', text: value };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? { kind: 'error', text: '#VALUE!' } : { kind: 'date', date: calendarDateOf(value) };
  if ('formula' in value || 'sharedFormula' in value) return { kind: 'formula' };
  if ('error' in value) return { kind: 'error', text: String(value.error) };
  if ('richText' in value) return { kind: 'text', text: value.richText.map((part) => part.text).join('') };
  if ('text' in value) return { kind: 'text', text: String(value.text) };
  return { kind: 'error', text: '#VALUE!' };
}

/** exceljs gives a date cell as the UTC instant of its calendar date: read the date back in UTC. */
function calendarDateOf(date: Date): CalendarDate {
  // The serial is a float: midnight may come back as 23:59:59.999 of the day before; whole seconds fix that.
  const rounded = new Date(Math.round(date.getTime() / 1000) * 1000);
  return `${String(rounded.getUTCFullYear()).padStart(4, '0')}-${String(rounded.getUTCMonth() + 1).padStart(2, '0')}-${String(rounded.getUTCDate()).padStart(2, '0')}`;
}
