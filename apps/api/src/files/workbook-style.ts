// How the tracker's workbooks look, templates and exports alike: one header style, and one number
// format per kind of cell (the import sheets' CellType), so a date or an amount reads the same everywhere.
import type { CellType } from '@tracker/domain';
import type ExcelJS from 'exceljs';

export const CELL_FORMATS: Readonly<Record<CellType, string>> = {
  text: '@',
  org: '@',
  list: '@',
  choice: '@',
  date: 'yyyy-mm-dd',
  money: '#,##0.00',
  decimal: '#,##0.00',
  count: '#,##0',
};

export const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true, name: '等线' };
export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };

/**
 * A data validation over a whole range (one <dataValidation sqref="B2:B20001">). exceljs writes
 * `worksheet.dataValidations` but its typings leave it out, so it is reached by name here.
 */
export function addDataValidation(sheet: ExcelJS.Worksheet, range: string, validation: ExcelJS.DataValidation): void {
  const validations: unknown = Reflect.get(sheet, 'dataValidations');
  if (typeof validations !== 'object' || validations === null || !('add' in validations) || typeof validations.add !== 'function') {
    throw new Error('exceljs no longer has worksheet.dataValidations.add');
  }
  validations.add(range, validation);
}

/** Characters wide as Excel counts them: a CJK character takes two. */
export const displayWidth = (text: string): number => Array.from(text).reduce((width, char) => width + (/[\u2e80-\u9fff\uff00-\uffef]/.test(char) ? 2 : 1), 0);

const LINE_HEIGHT_POINTS = 15;

/**
 * Wraps a row's text and gives it the height its longest cell needs: neither Excel nor LibreOffice
 * grows a row on opening a file, so wrapped text would be cut off or run into the next row.
 */
export function wrapRow(row: ExcelJS.Row, widths: readonly number[]): void {
  let lines = 1;
  row.eachCell((cell, column) => {
    const width = widths[column - 1] ?? 10;
    lines = Math.max(lines, Math.ceil(displayWidth(String(cell.value ?? '')) / Math.max(1, width - 1)));
  });
  row.alignment = { vertical: 'top', wrapText: true };
  row.height = lines * LINE_HEIGHT_POINTS;
}
