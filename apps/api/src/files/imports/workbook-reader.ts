// Reads the data sheet of an uploaded workbook row by row, so a file with far too many rows is
// refused after 20,001 of them instead of being built in memory. Cells become the domain's
// SheetCell; everything a person may have typed is judged later, by the sheet's parsers and the
// deciders.
//
// Why not exceljs' own streaming reader as it comes: it walks the zip in one forward pass with
// unzipper, which now and then loses a part (exceljs#3064): the same file was refused as "not a
// workbook" about one time in a dozen test runs, with "Cannot read properties of undefined
// (reading 'sheets')" or FILE_ENDED underneath. The upload is in memory anyway (at most 10 MB), so
// the workbook is opened by its central directory (JSZip) and exceljs' part parsers are handed the
// parts in the order they need them. That uses exceljs' internal methods, which is why its version
// is pinned exactly; workbook-reader.unit.spec.ts reads every shape of file through them.
import { HttpStatus } from '@nestjs/common';
import type { CalendarDate, SheetCell } from '@tracker/domain';
import { isBlankCell } from '@tracker/domain';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { createHash } from 'node:crypto';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { FileRefusedError } from '../files-errors';

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 20_000;
/**
 * What one part of the workbook may inflate to. A full 20,000-row sheet of our templates is about
 * 15 MB of XML; a 10 MB upload that inflates past this is a zip bomb, not a ledger.
 */
export const MAX_PART_BYTES = 128 * 1024 * 1024;

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

/** `maxPartBytes` is for tests, which cannot afford a real zip bomb. */
export async function readImportSheet(bytes: Buffer, limits: { readonly maxPartBytes: number } = { maxPartBytes: MAX_PART_BYTES }): Promise<ImportSheetContent> {
  if (bytes.length > MAX_IMPORT_BYTES) throw new FileRefusedError(HttpStatus.PAYLOAD_TOO_LARGE, 'FILE_TOO_LARGE', '文件超过了 10 MB 的上限，请拆分后分批导入');
  if (bytes.subarray(0, 4).equals(OLE_MAGIC)) {
    throw new FileRefusedError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'NOT_A_WORKBOOK', '这是旧版 Excel（.xls）文件，请在 Excel 中“另存为” .xlsx 工作簿后再上传');
  }
  if (!bytes.subarray(0, 4).equals(ZIP_MAGIC)) throw notAWorkbook();
  try {
    return await readFirstDataSheet(await JSZip.loadAsync(bytes), limits.maxPartBytes);
  } catch (error) {
    if (error instanceof FileRefusedError) throw error;
    // A damaged zip, a part that does not inflate or XML that does not parse: the person's answer
    // is the same. The cause goes to the operator's log (FilesExceptionFilter).
    throw notAWorkbook(error);
  }
}

const notAWorkbook = (cause?: unknown) =>
  new FileRefusedError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'NOT_A_WORKBOOK', '上传的文件不是 Excel 工作簿（.xlsx），无法读取。请用导入模板填写后上传', {}, cause);

async function readFirstDataSheet(zip: JSZip, maxPartBytes: number): Promise<ImportSheetContent> {
  const reader = new CentralDirectoryWorkbookReader(zip, maxPartBytes, {
    sharedStrings: 'cache',
    // Styles tell a date cell from a number: exceljs then hands over a Date.
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
  });
  // Sheets come in the order of their tabs; our templates' helper sheets are passed over by name.
  for await (const worksheet of reader) {
    const name = 'name' in worksheet && typeof worksheet.name === 'string' ? worksheet.name : '';
    if (!HELPER_SHEETS.has(name)) return await readRows(worksheet, name);
  }
  throw emptySheet();
}

/** The members of exceljs' WorkbookReader (4.4.0) that its `parse` uses, which its typings omit. */
interface WorkbookReaderParts {
  workbookRels?: readonly { readonly Id: string; readonly Target: string }[];
  model?: { readonly sheets?: readonly { readonly id: number; readonly name: string; readonly rId: string; readonly state?: string }[] };
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<{ eventType: string; value: unknown }>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(rows: AsyncIterable<Buffer>, sheetNo: string): Generator<{ eventType: string; value: { id: number; name: string; state?: string } }>;
}

/**
 * exceljs' WorkbookReader with `parse` reading the parts by name from the central directory: the
 * relationships and the workbook first (the sheets' names), then the shared strings and styles
 * (the cells' values), then each sheet in tab order, inflated as its rows are read.
 */
class CentralDirectoryWorkbookReader extends ExcelJS.stream.xlsx.WorkbookReader {
  constructor(
    private readonly zip: JSZip,
    private readonly maxPartBytes: number,
    options: Partial<ExcelJS.stream.xlsx.WorkbookStreamReaderOptions>,
  ) {
    // The input is never read: parse below takes the parts from the zip.
    super(Readable.from([]), options);
  }

  override async *parse(): AsyncGenerator<{ eventType: string; value: unknown }> {
    const parts = this as unknown as WorkbookReaderParts;
    const partStream = (file: JSZip.JSZipObject) => inflated(file, this.maxPartBytes);
    const rels = this.zip.file('xl/_rels/workbook.xml.rels');
    const workbook = this.zip.file('xl/workbook.xml');
    // A zip without a workbook: a Word file, a folder of pictures, a file renamed to .xlsx.
    if (!rels || !workbook) throw notAWorkbook();
    await parts._parseRels(partStream(rels));
    await parts._parseWorkbook(partStream(workbook));
    const sharedStrings = this.zip.file('xl/sharedStrings.xml');
    if (sharedStrings) yield* parts._parseSharedStrings(partStream(sharedStrings));
    const styles = this.zip.file('xl/styles.xml');
    if (styles) await parts._parseStyles(partStream(styles));
    for (const sheet of parts.model?.sheets ?? []) {
      const target = parts.workbookRels?.find((rel) => rel.Id === sheet.rId)?.Target;
      const path = target === undefined ? undefined : partPath(target);
      // Chart sheets are tabs too, with no cells: only worksheets are read.
      const file = path?.startsWith('xl/worksheets/') ? this.zip.file(path) : null;
      if (!file || path === undefined) continue;
      // Inflated only when its rows are read: a helper sheet passed over costs nothing.
      const rows: AsyncIterable<Buffer> = { [Symbol.asyncIterator]: () => partStream(file)[Symbol.asyncIterator]() };
      for (const event of parts._parseWorksheet(rows, /(\d+)\.xml$/.exec(path)?.[1] ?? String(sheet.id))) {
        // exceljs names a sheet only when its part is called sheetN.xml; the workbook says it always.
        Object.assign(event.value, { id: sheet.id, name: sheet.name, state: sheet.state });
        yield event;
      }
    }
  }
}

/** A relationship's target as a path in the zip: relative to xl/, or absolute from the root. */
const partPath = (target: string): string => (target.startsWith('/') ? target.slice(1) : `xl/${target}`);

/** A part of the zip as a Node stream of its inflated bytes, refused past `maxBytes`. */
function inflated(file: JSZip.JSZipObject, maxBytes: number): Readable {
  const source = file.nodeStream('nodebuffer');
  const limited = new PartSizeLimit(maxBytes);
  // pipe() carries data, not errors: a part that fails to inflate must fail its reader, not stall it.
  source.on('error', (error: Error) => limited.destroy(error));
  source.pipe(limited);
  return limited;
}

class PartSizeLimit extends Transform {
  private bytes = 0;

  constructor(private readonly maxBytes: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.maxBytes) {
      done(new FileRefusedError(HttpStatus.PAYLOAD_TOO_LARGE, 'FILE_TOO_LARGE', '文件解压后过大，不像是一份导入表：请用导入模板填写，或拆分后分批导入'));
      return;
    }
    done(null, chunk);
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
