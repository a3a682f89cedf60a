// One sheet of the ledgers workbook per kind of record, streamed page by page: the rows come from
// the ledger queries in pages, are written and committed at once, and are never all in memory.
import type { CalendarDate, CellType } from '@tracker/domain';
import type ExcelJS from 'exceljs';
import { CELL_FORMATS, HEADER_FILL, HEADER_FONT, displayWidth } from '../workbook-style';
import { PRINT_SETUP } from './print-setup';

export type RecordCellValue = string | number | null | { readonly date: CalendarDate } | { readonly instant: string };

export interface RecordColumn<Node> {
  /** The import template's header where the kind has one. */
  readonly header: string;
  readonly cellType: CellType | 'instant';
  readonly value: (node: Node) => RecordCellValue;
}

export interface RecordSheet<Node> {
  readonly name: string;
  readonly columns: readonly RecordColumn<Node>[];
  /** The year's records that count, in the ledger's order, a page at a time. */
  readonly pages: AsyncIterable<readonly Node[]>;
}

/** Resolves once the zip and the reader have taken what was written of `worksheet` (ledgers-workbook.ts). */
export type CaughtUp = (worksheet: ExcelJS.Worksheet) => Promise<void>;

/** One sheet, ready to write into the workbook: sheets of different kinds of record side by side. */
export type SheetPart = (workbook: ExcelJS.stream.xlsx.WorkbookWriter, caughtUp: CaughtUp) => Promise<number>;

export const recordSheet =
  <Node>(sheet: RecordSheet<Node>): SheetPart =>
  (workbook, caughtUp) =>
    writeRecordSheet(workbook, sheet, caughtUp);

const INSTANT_FORMAT = 'yyyy-mm-dd hh:mm';
// Characters wide: enough for the header or the widest value of the first rows, within reason.
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
const WIDTH_SAMPLE_ROWS = 100;
// Rows written between waits for the zip: a few hundred KB of XML at most ahead of it, whatever the page size.
const ROWS_PER_WAIT = 250;

/**
 * Writes the sheet: header (bold, frozen), formats per column, widths from the header and the first
 * rows. Every few hundred rows it waits on `caughtUp`: exceljs waits neither for the zip nor for a
 * slow download, so without it a year's rows would pile up in memory.
 */
export async function writeRecordSheet<Node>(workbook: ExcelJS.stream.xlsx.WorkbookWriter, sheet: RecordSheet<Node>, caughtUp: CaughtUp = async () => undefined): Promise<number> {
  const pages = sheet.pages[Symbol.asyncIterator]();
  const first = await pages.next();
  const firstPage = first.done ? [] : first.value;
  const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }], pageSetup: PRINT_SETUP });
  worksheet.columns = sheet.columns.map((column) => ({
    header: column.header,
    width: widthOf(column, firstPage),
    style: { numFmt: column.cellType === 'instant' ? INSTANT_FORMAT : CELL_FORMATS[column.cellType] },
  }));
  const header = worksheet.getRow(1);
  header.font = HEADER_FONT;
  header.eachCell((cell) => (cell.fill = HEADER_FILL));
  header.commit();
  let rows = 0;
  const write = async (page: readonly Node[]) => {
    for (const node of page) {
      worksheet.addRow(sheet.columns.map((column) => cellValue(column.value(node)))).commit();
      rows += 1;
      if (rows % ROWS_PER_WAIT === 0) await caughtUp(worksheet);
    }
  };
  await write(firstPage);
  for (let next = first.done ? first : await pages.next(); !next.done; next = await pages.next()) await write(next.value);
  worksheet.commit();
  return rows;
}

/** Dates as Excel dates (so they sort and filter as dates); instants in Asia/Shanghai, as people read them. */
export function cellValue(value: RecordCellValue): ExcelJS.CellValue {
  if (value === null || typeof value === 'string' || typeof value === 'number') return value;
  if ('date' in value) return new Date(`${value.date}T00:00:00Z`);
  return new Date(new Date(value.instant).getTime() + SHANGHAI_OFFSET_MS);
}

// Excel has no time zones: a cell shows the wall-clock time it holds, so instants are shifted to China's.
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

function widthOf<Node>(column: RecordColumn<Node>, sample: readonly Node[]): number {
  const widest = sample.slice(0, WIDTH_SAMPLE_ROWS).reduce((max, node) => Math.max(max, displayWidth(displayed(column.value(node)))), displayWidth(column.header));
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2));
}

function displayed(value: RecordCellValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
  return 'date' in value ? value.date : '0000-00-00 00:00';
}
