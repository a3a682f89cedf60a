import type ExcelJS from 'exceljs';

/** A4 landscape, as wide as the page: how each sheet of an exported workbook prints. */
export const PRINT_SETUP: Partial<ExcelJS.PageSetup> = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
