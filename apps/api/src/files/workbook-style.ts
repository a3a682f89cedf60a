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
